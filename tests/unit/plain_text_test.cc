#include "indexer/readers/plain_text.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("plain_text") {
  TEST_CASE("first non-empty line is the title, the rest the body") {
    std::vector<std::string> warnings;
    Article a = parse_plain_text("\n\nPutin to Visit China\nHe said so.\nMore text.\n", warnings);
    CHECK(a.title == "Putin to Visit China");
    CHECK(a.body == "He said so.\nMore text.");
    CHECK_FALSE(a.date.has_value());
    CHECK(warnings.empty());
  }

  TEST_CASE("a header block fills the fields") {
    std::vector<std::string> warnings;
    Article a = parse_plain_text("Title: The Headline\n"
                                 "Date: 2024-05-06T09:15:00Z\n"
                                 "Source: Sample Wire\n"
                                 "URL: https://example.com/a\n"
                                 "author: Jane Doe\n"
                                 "Language: en\n"
                                 "\n"
                                 "Body line one.\nBody line two.\n",
                                 warnings);
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
    std::vector<std::string> warnings;
    Article a = parse_plain_text("Date: 12 March 2024\n\nHeadline Here\nBody.", warnings);
    CHECK(a.title == "Headline Here");
    CHECK(a.body == "Body.");
    CHECK(a.date.has_value());
  }

  TEST_CASE("a title that merely contains a colon is not a header") {
    std::vector<std::string> warnings;
    Article a = parse_plain_text("Source: Officials Deny Report\nThe body.", warnings);
    CHECK(a.title == "Source: Officials Deny Report");
    CHECK(a.source.empty());
    CHECK(a.body == "The body.");
  }

  TEST_CASE("an unparseable date is a warning, not a failure") {
    std::vector<std::string> warnings;
    Article a = parse_plain_text("Title: T\nDate: sometime soon\n\nBody.", warnings);
    CHECK_FALSE(a.date.has_value());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("sometime soon") != std::string::npos);
    CHECK(a.body == "Body.");
  }

  TEST_CASE("the trailer is stripped") {
    std::vector<std::string> warnings;
    Article a = parse_plain_text("Title\nBody.\nREAD ALSO: Arnaud Fostier Promoted", warnings);
    CHECK(a.body == "Body.");
  }
}
