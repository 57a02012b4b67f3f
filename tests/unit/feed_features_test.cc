// The feed reader on one fixture per feature feedparser reads (tests/fixtures/feeds).
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "indexer/readers/feed.hh"

using namespace news;

namespace {

ParsedFile read_fixture(const std::string& name) {
  std::ifstream in(std::string(FIXTURES_DIR) + "/feeds/" + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  ParsedFile out;
  read_feed(text.str(), out);
  return out;
}

std::string day_of(const Article& article) {
  return article.date ? format_iso8601(*article.date) : "undated";
}

} // namespace

TEST_SUITE("feed features") {
  TEST_CASE("<content:encoded> over the description, which stands in when it has no text") {
    const ParsedFile out = read_fixture("content-encoded.rss");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].body == "The whole story of the river barge is here.\n"
                                  "Its second paragraph follows.");
    CHECK(out.articles[1].body == "The description tells the ferry story.");
    CHECK(out.problems.empty());
  }

  TEST_CASE("<body>, <xhtml:body> and unescaped markup: paragraphs of inline XHTML") {
    const ParsedFile out = read_fixture("xhtml-body.rss");
    REQUIRE(out.articles.size() == 3);
    CHECK(out.articles[0].body == "The canal reopened on Tuesday.\nBoats queued at the lock.");
    CHECK(out.articles[1].body == "Lock keepers\nThe keepers worked through the night.");
    CHECK(out.articles[2].body == "First paragraph of the weir report.\nSecond paragraph.");
  }

  TEST_CASE("<fullitem> over the description") {
    const ParsedFile out = read_fixture("fullitem.rss");
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].body ==
          "Pickers brought in forty tonnes of apples.\nPear trees come next week.");
  }

  TEST_CASE("Atom content and titles of type xhtml") {
    const ParsedFile out = read_fixture("atom-xhtml.atom");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].body ==
          "The glasshouse opened to visitors.\norchids in the north wing\nferns by the pond");
    CHECK(out.articles[1].title == "A Bold Headline");
    CHECK(out.articles[1].body == "Only a summary, in markup of its own.");
  }

  TEST_CASE("Atom 0.3 base64 and inline XML content") {
    const ParsedFile out = read_fixture("atom03-base64.atom");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].body == "The lighthouse keeper retired after thirty years.");
    CHECK(out.articles[0].url == "https://base64.example/1");
    CHECK(day_of(out.articles[0]) == "2004-01-10T12:00:00Z"); // <issued>
    CHECK(out.articles[1].body == "The foghorn was tested at dawn.");
  }

  TEST_CASE("Atom 1.0 content of a type neither text nor XML is base64") {
    const ParsedFile out = read_fixture("atom-base64.atom");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].body == "The tide tables for February are out.");
    // A PNG decodes to no text: the summary stands in.
    CHECK(out.articles[1].body == "The summary describes the harbour photograph.");
  }

  TEST_CASE("relative links resolved against xml:base, the entry's over the feed's") {
    const ParsedFile atom = read_fixture("xml-base.atom");
    REQUIRE(atom.articles.size() == 3);
    CHECK(atom.articles[0].url == "https://base.example/news/2024/tram-line");
    CHECK(atom.articles[1].url == "https://base.example/archive/bus-depot");
    CHECK(atom.articles[2].url == "https://other.example/ferry");
    const ParsedFile rss = read_fixture("xml-base.rss");
    REQUIRE(rss.articles.size() == 2);
    CHECK(rss.articles[0].url == "https://rss-base.example/section/stories/cable-car");
    CHECK(rss.articles[1].url == "https://elsewhere.example/huts/new-roof");
  }

  TEST_CASE("a permalink <guid> is the link when there is no <link>") {
    const ParsedFile out = read_fixture("guid-permalink.rss");
    REQUIRE(out.articles.size() == 4);
    CHECK(out.articles[0].url == "https://permalink.example/2024/05/market-hall");
    CHECK(out.articles[1].url.empty()); // isPermaLink="false"
    CHECK(out.articles[1].id == "https://permalink.example/internal/42");
    CHECK(out.articles[2].url.empty()); // no URL
    CHECK(out.articles[2].id == "post-4711");
    CHECK(out.articles[3].url == "https://permalink.example/2024/05/bridge");
    CHECK(out.articles[3].id == "https://permalink.example/p/99");
  }

  TEST_CASE("an RSS 1.0 item's rdf:about is its id, and its link when it has none") {
    const ParsedFile out = read_fixture("rdf-about.rdf");
    CHECK(feed_format_name("<rdf:RDF>") == "rss");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].id == "https://rdf.example/2003/12/observatory");
    CHECK(out.articles[0].url == "https://rdf.example/2003/12/observatory?from=rss");
    CHECK(out.articles[1].url == "https://rdf.example/2003/12/planetarium");
    CHECK(day_of(out.articles[1]) == "2003-12-01T00:00:00Z"); // W3C-DTF month: its first day
    CHECK(out.articles[0].source == "RDF Site Summary");
  }

  TEST_CASE("dcterms dates: issued, created, modified, and the first that reads") {
    const ParsedFile out = read_fixture("dcterms-dates.rss");
    REQUIRE(out.articles.size() == 4);
    CHECK(day_of(out.articles[0]) == "2024-01-15T07:30:00Z"); // issued over modified
    CHECK(day_of(out.articles[1]) == "2024-01-16T00:00:00Z");
    CHECK(day_of(out.articles[2]) == "2024-01-17T17:00:00Z");
    CHECK(day_of(out.articles[3]) == "2024-01-18T00:00:00Z"); // past a pubDate that is none
    CHECK(out.problems.empty());
  }

  TEST_CASE("Atom 0.3 dates: issued, else created, else modified") {
    const ParsedFile out = read_fixture("atom03-dates.atom");
    REQUIRE(out.articles.size() == 3);
    CHECK(day_of(out.articles[0]) == "2004-02-01T15:00:00Z");
    CHECK(day_of(out.articles[1]) == "2004-02-03T10:00:00Z");
    CHECK(day_of(out.articles[2]) == "2004-02-04T10:00:00Z");
    CHECK(out.articles[0].body == "The snow plough fleet grew by two.");
  }

  TEST_CASE("authors written with their email: the name") {
    const ParsedFile out = read_fixture("author-email.rss");
    REQUIRE(out.articles.size() == 4);
    CHECK(out.articles[0].author == "Rosa Diaz");
    CHECK(out.articles[1].author == "Tomas Berg");
    CHECK(out.articles[2].author == "Ana Lima");
    CHECK(out.articles[3].author == "desk@authors.example");
  }

  TEST_CASE("Atom authors: the name, else the email, never the URI") {
    const ParsedFile out = read_fixture("atom-author.atom");
    REQUIRE(out.articles.size() == 3);
    CHECK(out.articles[0].author == "Mira Holm, Jon Aas");
    CHECK(out.articles[1].author == "desk@atom-authors.example");
    CHECK(out.articles[2].author.empty());
  }

  TEST_CASE("Media RSS titles and descriptions never over the item's own") {
    const ParsedFile out = read_fixture("media-title.rss");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].title == "Lighthouse Lamp Replaced");
    CHECK(out.articles[0].body == "The old lamp served for sixty years.");
    CHECK(out.articles[1].title == "Video: harbour fireworks"); // it has no other
  }

  TEST_CASE("feed dates in feedparser's forms, a zone it does not know is warned about") {
    const ParsedFile out = read_fixture("feed-dates.rss");
    REQUIRE(out.articles.size() == 11);
    CHECK(day_of(out.articles[0]) == "2004-01-01T19:48:21Z");
    CHECK(day_of(out.articles[1]) == "2004-01-05T00:29:06Z");
    CHECK(day_of(out.articles[2]) == "2015-04-30T06:57:00Z");
    CHECK(day_of(out.articles[3]) == "2009-08-19T17:28:00Z");
    CHECK(day_of(out.articles[4]) == "2012-02-19T21:40:00Z");
    CHECK(day_of(out.articles[5]) == "2012-02-19T21:40:00Z");
    CHECK(day_of(out.articles[6]) == "2003-01-01T00:00:00Z");
    CHECK(day_of(out.articles[7]) == "2003-12-01T00:00:00Z");
    CHECK(day_of(out.articles[8]) == "2004-07-11T17:00:00Z");
    CHECK(day_of(out.articles[9]) == "2004-05-25T14:23:17Z");
    CHECK(day_of(out.articles[10]) == "undated");
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].record == 11u);
    CHECK(out.problems[0].message.find("XYZ") != std::string::npos);
  }

  TEST_CASE("an Atom feed without entries is warned about, as an RSS feed without items is") {
    const ParsedFile atom = read_fixture("atom-no-entries.atom");
    CHECK(atom.articles.empty());
    REQUIRE(atom.problems.size() == 1);
    CHECK(atom.problems[0].severity == Problem::Severity::Warning);
    CHECK(atom.problems[0].message == "feed has no entries");
    CHECK_FALSE(atom.problems[0].record);
    ParsedFile rss;
    read_feed("<rss version=\"2.0\"><channel><title>T</title></channel></rss>", rss);
    REQUIRE(rss.problems.size() == 1);
    CHECK(rss.problems[0].message == "feed has no items");
  }
}
