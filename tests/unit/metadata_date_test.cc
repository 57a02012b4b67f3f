#include "indexer/readers/metadata_date.hh"

#include <string>

#include <doctest/doctest.h>

#include "indexer/readers/reader_table.hh"

using namespace news;

TEST_SUITE("metadata_date") {
  TEST_CASE("a date dates the article by its metadata, none is a warning, the article undated") {
    ParsedFile out;
    Article article;
    set_metadata_date(article, parse_date("2024-03-28"), 2u, out, "2024-03-28");
    REQUIRE(article.date);
    CHECK(article.date_source == DateSource::Metadata);
    CHECK(out.problems.empty());

    Article undated;
    set_metadata_date(undated, std::nullopt, 3u, out, "soon", "Date header");
    CHECK_FALSE(undated.date);
    CHECK(undated.date_source == DateSource::None);
    REQUIRE(out.problems.size() == 1);
    CHECK_FALSE(out.problems[0].is_error());
    CHECK(out.problems[0].record == 3u);
    CHECK(out.problems[0].message == "Date header \"soon\" is not a date; indexed without date");
  }

  TEST_CASE("every reader words a date that is none the same way") {
    const JsonFieldMap fields;
    const struct {
      InputFormat format;
      std::string text;
      std::string warning;
    } cases[] = {
        {InputFormat::Text, "Title: T\nDate: soon\n\nBody.\n",
         "Date header \"soon\" is not a date; indexed without date"},
        {InputFormat::Json, R"({"title": "T", "body": "B.", "date": "soon"})",
         "date \"soon\" is not a date; indexed without date"},
        {InputFormat::Html,
         "<html><head><meta property=\"article:published_time\" content=\"soon\"></head>"
         "<body><article><p>The body of the page.</p></article></body></html>",
         "date \"soon\" is not a date; indexed without date"},
        {InputFormat::Feed,
         "<rss version=\"2.0\"><channel><item><title>T</title><pubDate>soon</pubDate>"
         "</item></channel></rss>",
         "date \"soon\" is not a date; indexed without date"},
    };
    for (const auto& c : cases) {
      CAPTURE(to_string(c.format));
      ParsedFile out;
      reader_of(c.format).read(c.text, fields, out);
      REQUIRE(out.articles.size() == 1);
      CHECK_FALSE(out.articles[0].date);
      REQUIRE(out.problems.size() == 1);
      CHECK(out.problems[0].message == c.warning);
    }
  }
}
