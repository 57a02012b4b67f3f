#include "indexer/file_registry.hh"

#include <doctest/doctest.h>

#include "common/error.hh"
#include "indexer/article_loss.hh"
#include "indexer/read_options_cli.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;

TEST_SUITE("file_registry") {
  TEST_CASE("paths that are not UTF-8 read back byte for byte") {
    TempDir dir;
    Xapian::WritableDatabase db((dir.path / "db").string(), Xapian::DB_CREATE_OR_OPEN);
    FileRegistry registry(db);
    const std::string root = "/archive/r\xff";
    const std::string file = root + "/caf\xe9.txt";
    registry.put({file, 12, 34, "hash\x80", 1, "bad \xfe"});
    registry.put_root(
        {root, "2026-01-01T00:00:00Z", {{"map", {"title=t\xe9"}}}, {root + "/old\xe9", file}});
    db.commit();

    const std::optional<FileRecord> record = registry.get(file);
    REQUIRE(record.has_value());
    CHECK(record->path == file);
    CHECK(record->hash == "hash\x80");
    CHECK(record->error == "bad \xfe");
    REQUIRE(registry.files(root).size() == 1);
    CHECK(registry.files(root).front().path == file);
    const std::optional<Root> known = registry.root(root);
    REQUIRE(known.has_value());
    CHECK(known->read_options == OptionValues{{"map", {"title=t\xe9"}}});
    CHECK(known->excluded == std::vector<std::string>{root + "/old\xe9", file});
    registry.erase(file);
    CHECK(registry.files(root).empty());
  }
}

TEST_SUITE("read_options_cli") {
  TEST_CASE("the read options of a command line round-trip through their recorded form") {
    const OptionValues given = given_read_options(
        {"--db", "x", "--map", "body=story_text", "/some/path", "--map=title=headline",
         "--max-file", "2", "--no-entities", "--batch-size", "5"});
    CHECK(given == OptionValues{{"map", {"body=story_text", "title=headline"}},
                                {"max-file-size", {"2"}},
                                {"no-entities", {}}});
    const ReadOptions read = read_options_from(given);
    CHECK(read.max_file_size == 2u * 1024 * 1024);
    CHECK_FALSE(read.extract_entities);
    CHECK(read.json_fields.names(ArticleField::Body).front() == "story_text");
    CHECK(read.json_fields.names(ArticleField::Title).front() == "headline");
    CHECK(describe_read_options(given) ==
          "--map body=story_text --map title=headline --max-file-size 2 --no-entities");
    CHECK(describe_read_options({}) == "defaults");
    CHECK(read_options_from({}).extract_entities);
  }

  TEST_CASE("options given again replace the recorded ones of their name only") {
    const OptionValues merged =
        merge_read_options({{"map", {"body=a"}}, {"no-entities", {}}}, {{"map", {"title=b"}}});
    CHECK(merged == OptionValues{{"map", {"title=b"}}, {"no-entities", {}}});
  }

  TEST_CASE("a recorded option that is not one any more is a clear error") {
    CHECK_THROWS_WITH_AS(read_options_from({{"no-such-option", {}}}),
                         doctest::Contains("recorded read options (--no-such-option)"),
                         news::Error);
  }
}

TEST_SUITE("article_loss") {
  TEST_CASE("losing most articles: more than half and at least 2, or all") {
    CHECK(loses_most(1, 0));
    CHECK(loses_most(3, 1));
    CHECK(loses_most(120, 0));
    CHECK_FALSE(loses_most(2, 1));
    CHECK_FALSE(loses_most(4, 2));
    CHECK_FALSE(loses_most(3, 3));
    CHECK_FALSE(loses_most(3, 5));
    CHECK_FALSE(loses_most(0, 0));
  }
}
