#include "indexer/readers/page_metadata.hh"

#include <doctest/doctest.h>

#include "indexer/readers/html_page.hh"

using namespace news;

namespace {

Article read_page(const std::string& head, const std::string& body = "") {
  ParsedFile out;
  read_html_page("<html><head>" + head + "</head><body>" + body + "<p>Text.</p></body></html>",
                 out);
  REQUIRE(out.articles.size() == 1);
  return out.articles[0];
}

std::string day(const Article& a) { return a.date ? format_day(*a.date) : "undated"; }

} // namespace

TEST_SUITE("page_metadata") {
  TEST_CASE("the site's name and its separator are taken off a title") {
    CHECK(without_site_name("Obama admits gun laws frustrate him - BBC News", "") ==
          "Obama admits gun laws frustrate him");
    CHECK(without_site_name("Site | The story of the day", "Site") == "The story of the day");
    CHECK(without_site_name("Lorem ipsum dolor sit amet \xE2\x80\x93 My website", "") ==
          "Lorem ipsum dolor sit amet");
    CHECK(without_site_name("Daring Fireball: Colophon", "") == "Daring Fireball: Colophon");
    CHECK(without_site_name("Left - Right", "") == "Left - Right"); // which is the site?
  }

  TEST_CASE("title: the h1 agreeing with <title> best, over a section name or logo") {
    CHECK(read_page("<title>Babies Who Eat Peanuts Early May Avoid Allergy - Health</title>",
                    "<h1>Allergies Health Center</h1><h1>Babies Who Eat Peanuts Early May Avoid "
                    "Allergy</h1>")
              .title == "Babies Who Eat Peanuts Early May Avoid Allergy");
    CHECK(read_page(R"(<meta name="twitter:title" content="News From Twitter | Site">)").title ==
          "News From Twitter");
  }

  TEST_CASE("byline: JSON-LD, meta, rel=author, itemprop=author, a byline class") {
    CHECK(read_page(R"(<meta name="dc.creator" content="DC Creator">)").author == "DC Creator");
    CHECK(read_page(R"(<meta property="article:author" content="https://x/profile">)",
                    R"(<a rel="author" href="/a">Rel Author</a>)")
              .author == "Rel Author");
    CHECK(read_page("", R"(<span itemprop="author"><span itemprop="name">Item Name</span></span>)")
              .author == "Item Name");
    CHECK(read_page("", R"(<div class="article-byline">By Jane Doe</div>)").author == "Jane Doe");
    // Its date, handle or age left out.
    CHECK(read_page("", R"(<p class="byline">By Jane Doe May 20, 2019 @jdoe</p>)").author ==
          "Jane Doe");
    CHECK(read_page("", "<p class=\"author\">Jane Doe \xE2\x80\xA2 8h</p>").author == "Jane Doe");
    CHECK(read_page("", R"(<div class="byline">)" + std::string(200, 'x') + "</div>").author == "");
  }

  TEST_CASE("JSON-LD inside <![CDATA[ ]]> is read") {
    const Article a = read_page(
        R"(<script type="application/ld+json">//<![CDATA[
{"@type": "NewsArticle", "author": {"name": "Cdata Author"}, "datePublished": "2019-05-06"}
//]]></script>)");
    CHECK(a.author == "Cdata Author");
    CHECK(day(a) == "2019-05-06");
  }

  TEST_CASE("date sources in their order, the first that is a date") {
    CHECK(day(read_page(R"(<meta name="parsely-pub-date" content="2024-04-20T04:20:00Z">)"
                        R"(<meta name="date" content="2001-01-01">)")) == "2024-04-20");
    CHECK(day(read_page(R"(<meta name="sailthru.date" content="2020-07-10 14:15:42">)")) ==
          "2020-07-10");
    CHECK(day(read_page(R"(<meta name="dcterms.created" content="2003-02-28">)")) == "2003-02-28");
    CHECK(day(read_page("", R"(<time datetime="2010-01-01">x</time>)"
                            R"(<time pubdate datetime="2011-02-02">y</time>)")) == "2011-02-02");
    CHECK(day(read_page(R"(<link rel="canonical" href="https://x/news/2018/04/05/story">)")) ==
          "2018-04-05");
    CHECK(day(read_page(R"(<meta property="og:url" content="https://x/2016-12-22-story">)")) ==
          "2016-12-22");
    // An unreadable first source does not hide a readable later one.
    CHECK(day(read_page(R"(<meta property="article:published_time" content="soon">)"
                        R"(<meta name="dc.date" content="2022-03-03">)")) == "2022-03-03");
  }

  TEST_CASE("a page whose date sources are all no date warns of the first") {
    ParsedFile out;
    read_html_page(R"(<html><head><meta name="date" content="someday"></head><body><p>x</p>)"
                   "</body></html>",
                   out);
    REQUIRE(out.articles.size() == 1);
    CHECK_FALSE(out.articles[0].date);
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].message.find("\"someday\"") != std::string::npos);
  }
}
