#include "indexer/readers/html_page.hh"

#include <doctest/doctest.h>

#include "indexer/readers/html_text.hh"

using namespace news;

namespace {

Article read_page(const std::string& html) {
  ParsedFile out;
  read_html_page(html, out);
  REQUIRE(out.articles.size() == 1);
  return out.articles[0];
}

} // namespace

TEST_SUITE("html_page") {
  TEST_CASE("title: the <h1> that agrees with og:title or <title>, else that title, else <h1>") {
    CHECK(read_page(R"(<html><head><title>T</title><meta property="og:title" content="OG"></head>)"
                    R"(<body><h1>H</h1><p>x</p></body></html>)")
              .title == "OG");
    // An <h1> that is not the headline (a section's name, the logo) is not the title.
    CHECK(read_page("<html><head><title>Big News Today | Site</title></head><body><h1>Health "
                    "Center</h1><p>x</p></body></html>")
              .title == "Big News Today");
    CHECK(read_page("<html><head><title>Big news today - The Site</title></head><body>"
                    "<h1>Big News Today!</h1><p>x</p></body></html>")
              .title == "Big News Today!");
    CHECK(read_page("<html><body><h1>H</h1><p>x</p></body></html>").title == "H");
    CHECK(
        read_page("<html><head><title> The  T </title></head><body><p>x</p></body></html>").title ==
        "The T");
  }

  TEST_CASE("date: published_time, JSON-LD, <time>, meta date, in that order") {
    const std::string ld =
        R"(<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2021-02-02"}]}</script>)";
    const std::string time = R"(<time datetime="2022-03-03T10:00:00Z">March 3</time>)";
    const std::string meta = R"(<meta name="date" content="2023-04-04">)";
    const std::string og =
        R"(<meta property="article:published_time" content="2020-01-01T00:00:00Z">)";
    auto day = [&](const std::string& head, const std::string& body) {
      Article a =
          read_page("<html><head>" + head + "</head><body>" + body + "<p>x</p></body></html>");
      REQUIRE(a.date);
      CHECK(a.date_source == DateSource::Metadata);
      return format_day(*a.date);
    };
    CHECK(day(og + ld + meta, time) == "2020-01-01");
    CHECK(day(ld + meta, time) == "2021-02-02");
    CHECK(day(meta, time) == "2022-03-03");
    CHECK(day(meta, "") == "2023-04-04");
  }

  TEST_CASE("author, URL, source and language") {
    Article a = read_page(
        R"(<html lang="fr"><head><meta name="author" content="Meta Author">)"
        R"(<meta property="og:url" content="https://x/og"><meta property="og:site_name" content="Site">)"
        R"(<link rel="canonical" href="https://x/canonical">)"
        R"(<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "LD Author"}}</script>)"
        R"(</head><body><p>x</p></body></html>)");
    CHECK(a.author == "LD Author");
    CHECK(a.url == "https://x/canonical");
    CHECK(a.source == "Site");
    CHECK(a.language == "fr");
    Article b = read_page(
        R"(<html><head><meta name="author" content="Meta Author">)"
        R"(<meta property="og:url" content="https://x/og"></head><body><p>x</p></body></html>)");
    CHECK(b.author == "Meta Author");
    CHECK(b.url == "https://x/og");
  }

  TEST_CASE("body: the <article>, without furniture, entities decoded, paragraphs kept") {
    Article a = read_page(
        "<html><body><header>Site menu</header><nav>Home World</nav>"
        "<article><h1>Headline</h1><p>First   para\n graph &amp; more.</p>"
        "<script>track()</script><style>p{}</style><aside>Related links</aside>"
        "<form>Subscribe</form><figure>Photo</figure><p>Second&nbsp;one&#8212;done.</p></article>"
        "<footer>Copyright</footer></body></html>");
    CHECK(a.title == "Headline");
    CHECK(a.body == "First para graph & more.\nSecond one—done.");
  }

  TEST_CASE("without <article>, <main>, else <body>") {
    CHECK(
        read_page("<html><body><div>Menu</div><main><p>Main text.</p></main></body></html>").body ==
        "Main text.");
    CHECK(read_page("<html><body><div>Only body.</div><br>Line two</body></html>").body ==
          "Only body.\nLine two");
  }

  TEST_CASE("a page without text is an error") {
    ParsedFile out;
    read_html_page("<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>",
                   out);
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].severity == Problem::Severity::Error);
    CHECK(out.problems[0].message == "HTML page has no article text");
  }

  TEST_CASE("HTML fragments") {
    CHECK(looks_like_html("<p>x</p>"));
    CHECK(looks_like_html("a <br/> b"));
    CHECK_FALSE(looks_like_html("3 < 4 and 5 > 2"));
    CHECK_FALSE(looks_like_html("plain"));
    CHECK(html_fragment_to_text("<p>One</p><p>Two <b>bold</b></p>") == "One\nTwo bold");
  }
}
