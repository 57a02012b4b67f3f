#include "indexer/readers/reader_table.hh"

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("reader_table") {
  TEST_CASE("content decides first") {
    CHECK(detect_format("{\"a\": 1}\n{\"a\": 2}\n", "x.txt") == InputFormat::JsonLines);
    CHECK(detect_format("{\n  \"a\": 1\n}\n", "x") == InputFormat::Json);
    CHECK(detect_format("[{\"a\": 1}]", "x.jsonl") == InputFormat::Json);
    CHECK(detect_format("  <!DOCTYPE html><html></html>", "x.txt") == InputFormat::Html);
    CHECK(detect_format("<?xml version=\"1.0\"?><rss version=\"2.0\">", "x.html") ==
          InputFormat::Feed);
    CHECK(detect_format("Title line\nBody", "x.json") == InputFormat::Text);
  }

  TEST_CASE("the extension decides what content leaves open") {
    CHECK(detect_format("{\"a\": 1}", "x.jsonl") == InputFormat::JsonLines);
    CHECK(detect_format("{\"a\": 1}", "x.json") == InputFormat::Json);
    CHECK(detect_format("{\"a\": ", "x.json") == InputFormat::Json); // its reader reports the error
    CHECK(detect_format("{not json at all", "notes.txt") == InputFormat::Text);
    CHECK(detect_format("<item>x</item>", "x.xml") == InputFormat::Feed);
    CHECK(detect_format("Just text", "story") == InputFormat::Text);
  }
  TEST_CASE("one reader a format, named as the index and inspect name it") {
    for (InputFormat format : {InputFormat::Text, InputFormat::JsonLines, InputFormat::Json,
                               InputFormat::Html, InputFormat::Feed}) {
      CAPTURE(static_cast<int>(format));
      const auto count = std::count_if(readers().begin(), readers().end(),
                                       [&](const Reader& r) { return r.format == format; });
      CHECK(count == 1);
      CHECK(reader_of(format).format == format);
    }
    CHECK(std::string(to_string(InputFormat::JsonLines)) == "jsonl");
    CHECK(std::string(to_string(InputFormat::Text)) == "text");
    // Only JSON Lines streams; only text and HTML files are one article.
    for (const Reader& reader : readers()) {
      CAPTURE(reader.name);
      CHECK((reader.read_line != nullptr) == (reader.format == InputFormat::JsonLines));
      CHECK(reader.one_article ==
            (reader.format == InputFormat::Text || reader.format == InputFormat::Html));
    }
    // Plain text, the last, takes what no other claims.
    CHECK(readers().back().format == InputFormat::Text);
  }

  TEST_CASE("a feed is named by its root, extensions are matched whatever their case") {
    CHECK(detect_reader("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x")
              .name_for("<feed xmlns=\"http://www.w3.org/2005/Atom\">") == "atom");
    CHECK(detect_reader("<rss version=\"2.0\">", "x").name_for("<rss version=\"2.0\">") == "rss");
    CHECK(detect_reader("Title\nBody", "notes.TXT").name_for("Title\nBody") == "text");
    CHECK(detect_format("{\"a\": ", "X.JSONL") == InputFormat::JsonLines);
    CHECK(detect_format("<p>x", "page.HTM") == InputFormat::Html);
    CHECK(detect_format("  \n", "blank.json") == InputFormat::Json); // blank: as named
  }

  TEST_CASE("what each sniff claims, extension by extension") {
    // Malformed JSON goes to the reader its extension names, which says where it breaks.
    CHECK(detect_format("{\"a\": ", "x.jsonl") == InputFormat::JsonLines);
    CHECK(detect_format("[\"a\", ", "x.jsonl") == InputFormat::Json);
    CHECK(detect_format("{\n  \"a\": 1\n}\n", "x.jsonl") == InputFormat::Json);
    CHECK(detect_format("{\"a\": ", "x.rss") == InputFormat::Feed);
    CHECK(detect_format("{\"a\": ", "x.html") == InputFormat::Html);
    // Markup: a feed's root first, HTML tags next, the extension then.
    CHECK(detect_format("<html><rss version=\"2.0\">", "x.txt") == InputFormat::Feed);
    CHECK(detect_format("<div>x</div>", "x.rss") == InputFormat::Html);
    CHECK(detect_format("<item>x</item>", "x.html") == InputFormat::Html);
    CHECK(detect_format("<New London Oil Ltd> sold", "x.json") == InputFormat::Text);
    CHECK(detect_format("<b>bold</b> words", "x") == InputFormat::Html);
    // Not markup, not JSON: the extension, unless it names JSON.
    CHECK(detect_format("Just text", "x.html") == InputFormat::Html);
    CHECK(detect_format("Just text", "x.xml") == InputFormat::Feed);
    CHECK(detect_format("Just text", "x.ndjson") == InputFormat::Text);
  }
}
