#include "indexer/readers/reader_table.hh"

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
}
