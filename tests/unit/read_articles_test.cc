#include "indexer/read_articles.hh"

#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "common/problem.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;
namespace fs = std::filesystem;

namespace {

// Read through a stream of small chunks, so that lines cross chunk reads.
FileArticles read_in_chunks(const fs::path& file, std::size_t chunk_size) {
  ReadOptions options;
  options.extract_entities = false;
  return parse_articles(file, InputStream(file, options.max_file_size, chunk_size), options);
}

std::string record(int id, const std::string& title) {
  return "{\"id\": \"r-" + std::to_string(id) + "\", \"title\": \"" + title +
         "\", \"body\": \"A body.\"}";
}

} // namespace

TEST_SUITE("read_articles") {
  TEST_CASE("JSON Lines stream line by line: byte-order mark, CRLF, Windows-1252 lines") {
    TempDir dir;
    const std::string text = "\xEF\xBB\xBF" + record(1, "First") + "\r\n" + "{broken\r\n" +
                             record(3, "Caf\xE9 Third") + "\r\n\r\n" + record(5, "Fifth") + "\r" +
                             record(6, "Sixth");
    const fs::path file = dir.write("mixed.jsonl", text);
    for (std::size_t chunk : {3, 17, 1 << 16}) {
      const FileArticles read = read_in_chunks(file, chunk);
      CHECK(read.source.format == "jsonl");
      REQUIRE(read.articles.size() == 4);
      CHECK(read.articles[0].id == "r-1");
      CHECK(read.articles[1].title == "Café Third");
      CHECK(read.articles[1].record == 3u);
      CHECK(read.articles[2].record == 5u);
      CHECK(read.articles[3].record == 6u); // a lone CR ends a line, as it always did
      REQUIRE(read.problems.size() == 2);
      CHECK(read.problems[0].message == "not valid UTF-8: read as Windows-1252");
      CHECK_FALSE(read.problems[0].record);
      CHECK(read.problems[1].record == 2u);
      CHECK(read.problems[1].message.starts_with("malformed JSON"));
      CHECK(read.hash == InputStream(file, 1u << 20).hash());
    }
  }

  TEST_CASE("a first line longer than the head is still told as JSON Lines") {
    TempDir dir;
    const std::string long_title(200000, 'w');
    const fs::path file =
        dir.write("records.data", record(1, long_title) + "\n" + record(2, "Second") + "\n");
    const FileArticles read = read_in_chunks(file, 4096);
    CHECK(read.source.format == "jsonl");
    REQUIRE(read.articles.size() == 2);
    CHECK(read.articles[0].title == long_title.substr(0, kMaxFieldChars)); // titles are cut
  }

  TEST_CASE("a pretty-printed document in a .jsonl file is still read whole, as JSON") {
    TempDir dir;
    const fs::path file =
        dir.write("pretty.jsonl", "{\n  \"id\": \"p-1\",\n  \"title\": \"Pretty\",\n"
                                  "  \"body\": \"" +
                                      std::string(100000, 'b') + "\"\n}\n");
    const FileArticles read = read_in_chunks(file, 1000);
    CHECK(read.source.format == "json");
    REQUIRE(read.articles.size() == 1);
    CHECK(read.articles[0].id == "p-1");
  }

  TEST_CASE("whole-file checks: empty, binary, blank") {
    TempDir dir;
    const auto error_of = [](const fs::path& file) -> std::string {
      try {
        read_in_chunks(file, 5);
      } catch (const InputError& e) {
        return e.what();
      }
      return "";
    };
    CHECK(error_of(dir.write("empty.jsonl", "")) == "empty file");
    CHECK(error_of(dir.write("nul.jsonl", std::string("{\"a\": 1}\n\0\n", 11)))
              .starts_with("binary file"));
    CHECK(error_of(dir.write("blank.txt", " \r\n\t\n")) == "no text in file");
  }

  TEST_CASE("what the sink (the index) throws is not taken for a bad file") {
    TempDir dir;
    ReadOptions options;
    options.extract_entities = false;
    const fs::path file = dir.write("a.jsonl", record(1, "One") + "\n");
    const auto throwing_sink = [](Article&&, const SourceFile&) {
      throw std::runtime_error("disk full");
    };
    CHECK_THROWS_WITH_AS(
        parse_articles(file, InputStream(file, options.max_file_size), options, throwing_sink),
        "disk full", std::runtime_error);
    try {
      parse_articles(file, InputStream(file, options.max_file_size), options, throwing_sink);
    } catch (const InputError&) {
      FAIL("an error of the sink became an InputError");
    } catch (const std::runtime_error&) {
    }
  }

  TEST_CASE("bug: text in angle brackets is taken for HTML and dropped, in a text file") {
    TempDir dir;
    const std::string text = "<New London Oil Ltd> sold to <Sidro SA>\n\n<Sidro SA> of Belgium "
                             "bought a majority holding in <New London Oil Ltd> of London.\n";
    for (const char* name : {"stake.txt", "stake"}) {
      CAPTURE(name);
      const FileArticles read = read_in_chunks(dir.write(name, text), 4096);
      CHECK(read.source.format == "text");
      REQUIRE(read.articles.size() == 1);
      CHECK(read.articles[0].title == "<New London Oil Ltd> sold to <Sidro SA>");
      CHECK(read.articles[0].body ==
            "<Sidro SA> of Belgium bought a majority holding in <New London Oil Ltd> of London.");
    }
  }
}
