#include "indexer/article_pipeline.hh"

#include <doctest/doctest.h>
#include <zlib.h>

#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A file read, then each of its articles analysed, as add and inspect do.
FileArticles read_analysed(const fs::path& file, const ReadOptions& options) {
  FileArticles read = read_articles(file, options);
  for (Article& article : read.articles)
    analyse_article(article, read.source, options);
  return read;
}

std::string record(int id, const std::string& title) {
  return "{\"id\": \"r-" + std::to_string(id) + "\", \"title\": \"" + title +
         "\", \"body\": \"A body.\"}";
}

void write_gzip(const fs::path& file, const std::string& text) {
  gzFile out = gzopen(file.c_str(), "wb");
  REQUIRE(out != nullptr);
  gzwrite(out, text.data(), static_cast<unsigned>(text.size()));
  gzclose(out);
}

} // namespace

TEST_SUITE("article_pipeline") {
  TEST_CASE("reading leaves provenance and ids to the pipeline") {
    TempDir dir;
    ReadOptions options;
    options.extract_entities = false;
    const fs::path file = dir.write("a.jsonl", "{\"title\": \"T\", \"body\": \"B.\"}\n");
    FileArticles read = read_articles(file, options);
    REQUIRE(read.articles.size() == 1);
    Article& article = read.articles[0];
    CHECK(article.id.empty());
    CHECK(article.path.empty());
    CHECK(article.record == 1u);
    analyse_article(article, read.source, options);
    CHECK(article.path == file.string());
    CHECK(article.format == "jsonl");
    CHECK(article.id == file.string() + ":1");
  }

  TEST_CASE("ids: its own, else a record's URL, else FILE:RECORD, else the file, no .gz") {
    TempDir dir;
    ReadOptions options;
    options.extract_entities = false;
    const std::string lines = record(1, "Own") + "\n" +
                              R"({"title": "Linked", "url": "https://x.test/2", "body": "B."})" +
                              "\n" + R"({"title": "Bare", "body": "B."})" + "\n";
    const fs::path records = dir.write("dump.jsonl", lines);
    const FileArticles read = read_analysed(records, options);
    REQUIRE(read.articles.size() == 3);
    CHECK(read.articles[0].id == "r-1");
    CHECK(read.articles[1].id == "https://x.test/2");
    CHECK(read.articles[2].id == records.string() + ":3");

    // A text file is its article, named by its path even when it has a URL.
    const fs::path text = dir.write("story.txt", "URL: https://x.test/s\n\nStory\n\nBody.\n");
    const FileArticles story = read_analysed(text, options);
    REQUIRE(story.articles.size() == 1);
    CHECK(story.articles[0].id == text.string());

    const fs::path packed = dir.path / "packed.jsonl.gz";
    write_gzip(packed, lines);
    const FileArticles unpacked = read_analysed(packed, options);
    REQUIRE(unpacked.articles.size() == 3);
    CHECK(unpacked.articles[2].id == (dir.path / "packed.jsonl").string() + ":3");
    CHECK(unpacked.articles[2].path == packed.string());
    CHECK(unpacked.articles[2].format == "jsonl+gzip");
  }

  TEST_CASE("entities are found unless --no-entities") {
    TempDir dir;
    const fs::path file =
        dir.write("visit.txt", "Putin to Visit China\n\nVladimir Putin will visit Beijing.\n");
    ReadOptions options;
    const FileArticles with = read_analysed(file, options);
    REQUIRE(with.articles.size() == 1);
    CHECK_FALSE(with.articles[0].entities.of(EntityKind::Person).empty());
    options.extract_entities = false;
    const FileArticles without = read_analysed(file, options);
    REQUIRE(without.articles.size() == 1);
    CHECK(without.articles[0].entities.of(EntityKind::Person).empty());
  }

  TEST_CASE("bug: undated articles get the file's modification time as their date") {
    TempDir dir;
    ReadOptions options;
    options.extract_entities = false;
    const fs::path text = dir.write("bbc/business/498.txt", "Bank Story\n\nMoney went missing.\n");
    const fs::path page = dir.write(
        "pages/story.html", "<html><head><title>Page Story</title></head><body><article>"
                            "<p>Text of the page, long enough to be an article.</p></article>"
                            "</body></html>");
    for (const fs::path& file : {text, page}) {
      CAPTURE(file);
      const FileArticles read = read_analysed(file, options);
      REQUIRE(read.articles.size() == 1);
      CHECK_FALSE(read.articles[0].date);
      CHECK(read.articles[0].date_source == DateSource::None);
    }
    // The path's day, when it names one; the file's time only when asked for.
    const fs::path filed = dir.write("2024/03/28/story.txt", "Filed Story\n\nBody.\n");
    const FileArticles by_path = read_analysed(filed, options);
    REQUIRE(by_path.articles.at(0).date);
    CHECK(format_iso8601(*by_path.articles[0].date) == "2024-03-28T00:00:00Z");
    CHECK(by_path.articles[0].date_source == DateSource::Path);
    options.file_dates = true;
    const FileArticles by_file = read_analysed(text, options);
    REQUIRE(by_file.articles.at(0).date);
    CHECK(by_file.articles[0].date_source == DateSource::File);
    // A date in the content comes first, whatever the path or the options.
    const fs::path dated =
        dir.write("2024/03/29/dated.txt", "Date: 2023-01-02\n\nDated\n\nBody.\n");
    const FileArticles by_content = read_analysed(dated, options);
    REQUIRE(by_content.articles.at(0).date);
    CHECK(format_iso8601(*by_content.articles[0].date) == "2023-01-02T00:00:00Z");
    CHECK(by_content.articles[0].date_source == DateSource::Metadata);
    // Records of a multi-article file never take the file's time or path.
    const fs::path records = dir.write("2024/03/30/dump.jsonl", record(1, "Record") + "\n");
    const FileArticles by_record = read_analysed(records, options);
    CHECK_FALSE(by_record.articles.at(0).date);
  }
}
