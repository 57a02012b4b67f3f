// Hostile inputs at the readers: nesting, entity expansion, attributes and
// field sizes are bounded, each with one clear problem and the rest read.
#include <doctest/doctest.h>

#include <string>

#include "tests/hostile_inputs.hh"
#include "tests/unit/temp_dir.hh"

#include "indexer/read_articles.hh"
#include "indexer/readers/body_text.hh"
#include "indexer/readers/feed.hh"
#include "indexer/readers/html_page.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/json_depth.hh"
#include "indexer/readers/json_records.hh"
#include "indexer/readers/markup_limits.hh"

using namespace news;
using namespace news::test;

namespace {

bool has_problem(const ParsedFile& out, Problem::Severity severity, std::optional<unsigned> record,
                 const std::string& message) {
  for (const Problem& p : out.problems)
    if (p.severity == severity && p.record == record && p.message == message) return true;
  return false;
}

ParsedFile feed(const std::string& xml) {
  ParsedFile out;
  read_feed(xml, out);
  return out;
}

} // namespace

TEST_SUITE("reader bounds") {
  TEST_CASE("JSON nested to the bound parses, one level more is refused") {
    CHECK(parse_json_bounded(nested_array(kMaxJsonDepth)).is_array());
    CHECK_THROWS_AS(parse_json_bounded(nested_array(kMaxJsonDepth + 1)), JsonTooDeep);
    CHECK_THROWS_AS(parse_json_bounded("[1,"), nlohmann::json::parse_error);
  }

  TEST_CASE("bug: a JSON Lines record nested 100,000 deep overflowed the stack") {
    const std::string deep = nested_array(100000);
    ParsedFile out;
    read_json_lines(R"({"title": "one", "body": "fine"})"
                    "\n{\"title\": " +
                        deep + ", \"body\": \"b\"}\n" + R"({"title": "two", "body": "fine"})",
                    JsonFieldMap{}, out);
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].title == "one");
    CHECK(out.articles[1].title == "two");
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, Problem::Severity::Error, 2,
                      "JSON nested more than 64 levels deep; skipped"));
  }

  TEST_CASE("bug: a JSON document nested 100,000 deep overflowed the stack") {
    ParsedFile out;
    read_json_document("{\"title\": \"t\", \"body\": " + nested_array(100000) + "}", JsonFieldMap{},
                       out);
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, Problem::Severity::Error, std::nullopt,
                      "JSON nested more than 64 levels deep; skipped"));
  }

  TEST_CASE("bug: JSON-LD nested 100,000 deep in a page overflowed the stack") {
    ParsedFile out;
    read_html_page("<html><head><script type=\"application/ld+json\">" + nested_array(100000) +
                       "</script></head><body><article><p>The text.</p></article></body></html>",
                   out);
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].body == "The text.");
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, Problem::Severity::Warning, std::nullopt,
                      "JSON-LD nested more than 64 levels deep; left out"));
  }

  TEST_CASE("bug: a number past double in JSON-LD fails the whole page") {
    ParsedFile out;
    read_html_page("<html><head><script type=\"application/ld+json\">{\"n\": 1e400}"
                   "</script></head><body><article><p>The text.</p></article></body></html>",
                   out);
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].body == "The text.");
    CHECK(out.problems.empty());
  }

  TEST_CASE("bug: a billion laughs feed grew to 2.9 GB") {
    const ParsedFile out = feed(billion_laughs());
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, Problem::Severity::Error, std::nullopt,
                      "XML entities expand to more than 1048576 bytes (an entity bomb?); skipped"));
  }

  TEST_CASE("bug: one 40 KB entity referenced 14,000 times passed 3.2 GB") {
    const ParsedFile out = feed(quadratic_blowup());
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, Problem::Severity::Error, std::nullopt,
                      "XML entities expand to more than 1048576 bytes (an entity bomb?); skipped"));
  }

  TEST_CASE("entities within the bound are still read") {
    const ParsedFile out = feed(feed_with("<!ENTITY co \"Copper Corp\"><!ENTITY nbsp \"&#160;\">",
                                          "&co; rises", "Shares&nbsp;of &co; rose."));
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].title == "Copper Corp rises");
    CHECK(out.articles[0].body == "Shares of Copper Corp rose.");
  }

  TEST_CASE("bug: an element with a million attributes took over a minute") {
    // A hundred thousand make the point (the old code took seconds); the bound is 1,000.
    const std::string many = element_with_attributes("p", 100000);
    ParsedFile page;
    read_html_page("<html><body><article>" + many + "Text.</p></article></body></html>", page);
    CHECK(page.articles.empty());
    REQUIRE(page.problems.size() == 1);
    CHECK(has_problem(page, Problem::Severity::Error, std::nullopt,
                      "an element has more than 1000 attributes; skipped"));
    const ParsedFile items =
        feed("<rss version=\"2.0\"><channel>" + element_with_attributes("item", 100000) +
             "<title>T</title></item></channel></rss>");
    CHECK(items.articles.empty());
    CHECK(has_problem(items, Problem::Severity::Error, std::nullopt,
                      "an element has more than 1000 attributes; skipped"));
    CHECK(html_fragment_to_text(many + "Text.</p>").empty());
  }

  TEST_CASE("attributes are counted per element, values and comments aside") {
    CHECK_FALSE(too_many_attributes(element_with_attributes("p", 1000) + "x</p>"));
    CHECK(too_many_attributes(element_with_attributes("p", 1001) + "x</p>"));
    CHECK_FALSE(too_many_attributes("<p title=\"" + std::string(5000, ' ') + "a b c\">" + "<!-- " +
                                    element_with_attributes("p", 2000) + " -->"));
    std::string bare = "<input";
    for (int i = 0; i < 1001; ++i)
      bare += " b" + std::to_string(i);
    CHECK(too_many_attributes(bare + ">"));
  }

  TEST_CASE("bug: 16 million {} lines kept 16 million warnings (1.8 GB)") {
    TempDir dir;
    std::string lines;
    for (int i = 0; i < 200000; ++i)
      lines += "{}\n";
    lines += R"({"title": "The one", "body": "Text."})"
             "\n[]\n";
    ReadOptions options;
    options.extract_entities = false;
    const FileArticles read = read_articles(dir.write("empty.jsonl", lines), options);
    CHECK(read.count == 1);
    REQUIRE(read.problems.size() == ParsedFile::kMaxProblemsListed + 1);
    CHECK(read.problems[0].record == 1u);
    CHECK(read.problems[0].message == "record has neither title nor body; skipped");
    CHECK(read.problems.back().severity == Problem::Severity::Warning);
    CHECK(read.problems.back().message ==
          "199901 more problems in this file not listed (1 errors, 199900 warnings)");
    CHECK(read.unlisted_errors == 1);
  }

  TEST_CASE("bug: a 20 MB og:title was kept whole (800 MB, a minute of entity analysis)") {
    TempDir dir;
    std::string words;
    for (int i = 0; i < 200000; ++i)
      words += "word ";
    const std::filesystem::path page = dir.write(
        "page.html", "<html><head><meta property=\"og:title\" content=\"" + words +
                         "\"></head><body><article><p>The body.</p></article></body></html>");
    const FileArticles read = read_articles(page, ReadOptions{});
    REQUIRE(read.articles.size() == 1);
    CHECK(read.articles[0].title.size() == kMaxFieldChars);
    CHECK(read.articles[0].title.starts_with("word word "));
    CHECK(read.articles[0].body == "The body.");
  }

  TEST_CASE("UTF-8 text is cut at a character's start") {
    std::string text = "\xC3\xA9t\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC"; // été 日本
    truncate_utf8(text, 5);
    CHECK(text == "\xC3\xA9t\xC3\xA9 \xE6\x97\xA5");
    truncate_utf8(text, 10);
    CHECK(text == "\xC3\xA9t\xC3\xA9 \xE6\x97\xA5");
    truncate_utf8(text, 0);
    CHECK(text.empty());
  }
}
