#include "indexer/readers/plain_text.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

// The one article of a text; its problems stay in `out`.
Article read_one(std::string_view text, ParsedFile& out) {
  read_plain_text(text, out);
  REQUIRE(out.articles.size() == 1);
  return out.articles[0];
}

} // namespace

TEST_SUITE("plain_text") {
  TEST_CASE("first non-empty line is the title, the rest the body") {
    ParsedFile out;
    Article a = read_one("\n\nPutin to Visit China\nHe said so.\nMore text.\n", out);
    CHECK(a.title == "Putin to Visit China");
    CHECK(a.body == "He said so.\nMore text.");
    CHECK_FALSE(a.date.has_value());
    CHECK(out.problems.empty());
  }

  TEST_CASE("a header block fills the fields") {
    ParsedFile out;
    Article a = read_one("Title: The Headline\n"
                         "Date: 2024-05-06T09:15:00Z\n"
                         "Source: Sample Wire\n"
                         "URL: https://example.com/a\n"
                         "author: Jane Doe\n"
                         "Language: en\n"
                         "\n"
                         "Body line one.\nBody line two.\n",
                         out);
    CHECK(a.title == "The Headline");
    REQUIRE(a.date.has_value());
    CHECK(format_iso8601(*a.date) == "2024-05-06T09:15:00Z");
    CHECK(a.date_source == DateSource::Metadata);
    CHECK(a.source == "Sample Wire");
    CHECK(a.url == "https://example.com/a");
    CHECK(a.author == "Jane Doe");
    CHECK(a.language == "en");
    CHECK(a.body == "Body line one.\nBody line two.");
  }

  TEST_CASE("without a Title header the first body line is the title") {
    ParsedFile out;
    Article a = read_one("Date: 12 March 2024\n\nHeadline Here\nBody.", out);
    CHECK(a.title == "Headline Here");
    CHECK(a.body == "Body.");
    CHECK(a.date.has_value());
  }

  TEST_CASE("a title that merely contains a colon is not a header") {
    ParsedFile out;
    Article a = read_one("Source: Officials Deny Report\nThe body.", out);
    CHECK(a.title == "Source: Officials Deny Report");
    CHECK(a.source.empty());
    CHECK(a.body == "The body.");
  }

  TEST_CASE("an unparseable date is a warning, not a failure") {
    ParsedFile out;
    Article a = read_one("Title: T\nDate: sometime soon\n\nBody.", out);
    CHECK_FALSE(a.date.has_value());
    REQUIRE(out.problems.size() == 1);
    CHECK_FALSE(out.problems[0].is_error());
    CHECK(out.problems[0].message ==
          "Date header \"sometime soon\" is not a date; indexed without date");
    CHECK(a.body == "Body.");
  }

  TEST_CASE("the trailer is stripped") {
    ParsedFile out;
    Article a = read_one("Title\nBody.\nREAD ALSO: Arnaud Fostier Promoted", out);
    CHECK(a.body == "Body.");
  }

  TEST_CASE("a text of white space only is no article") {
    ParsedFile out;
    read_plain_text("\n\n  \n", out);
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].is_error());
    CHECK(out.problems[0].message == "no text in file");
  }
}
