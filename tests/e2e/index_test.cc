// news-index add, end to end: the real executable on real files.
#include <set>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/schema.hh"
#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

std::set<std::string> id_set(const Sandbox& sandbox, const std::vector<std::string>& args) {
  const std::vector<std::string> ids = search_ids(sandbox, args);
  return {ids.begin(), ids.end()};
}

// The stories a search's hits stand for, in order: each hit's story key, or
// its id when it has no copies. Which copy stands for a story is decided by
// the docids, which differ between one writer and several (and with --jobs).
std::vector<std::string> stories_of(const Sandbox& sandbox, const std::vector<std::string>& args) {
  const Xapian::Database db(sandbox.db().string());
  std::vector<std::string> stories;
  for (const std::string& id : search_ids(sandbox, args)) {
    const std::string term = std::string(news::prefix_of(news::Field::Id)) + id;
    REQUIRE(db.postlist_begin(term) != db.postlist_end(term));
    const std::string key =
        db.get_document(*db.postlist_begin(term)).get_value(news::slot_of(news::Field::Story));
    stories.push_back(key.empty() ? id : "story " + key);
  }
  return stories;
}

} // namespace

TEST_SUITE("e2e: news-index add") {
  TEST_CASE("bug: the summary of one file said '1 files', a dry run's removal '1 articles'") {
    Sandbox sandbox;
    sandbox.write("archive/a.txt", "Title: Grain\n\nWheat shipments resume.\n");
    const RunResult add = sandbox.index({"add", "archive"});
    CHECK(add.status == 0);
    CHECK(add.out.find("0 failed (1 file in ") != std::string::npos);
    fs::remove(sandbox.dir() / "archive" / "a.txt");
    const RunResult dry = sandbox.index({"sync", "--dry-run"});
    CHECK((dry.out + dry.err).find("remove (1 article) ") != std::string::npos);
    CHECK(dry.out.find("0 failed (0 files in ") != std::string::npos);
  }

  TEST_CASE("the sample corpus indexes, adding it again changes nothing") {
    Sandbox sandbox;
    RunResult first = sandbox.index({"add", SAMPLE_CORPUS_DIR});
    CHECK(first.status == 0);
    CHECK(first.err == "");
    CHECK(first.out.starts_with("19 added, 0 updated, 0 unchanged, 0 removed, 0 failed"));
    CHECK(articles_in(sandbox) == 19);

    RunResult second = sandbox.index({"add", SAMPLE_CORPUS_DIR});
    CHECK(second.status == 0);
    CHECK(second.out.starts_with("0 added, 0 updated, 19 unchanged, 0 removed, 0 failed"));
    CHECK(articles_in(sandbox) == 19);
  }

  TEST_CASE("the sample corpus has an article in every input format") {
    Sandbox sandbox;
    RunResult run = sandbox.index({"inspect", "--format", "jsonl", SAMPLE_CORPUS_DIR});
    CHECK(run.status == 0);
    std::set<std::string> formats;
    for (const std::string& line : lines_of(run.out))
      formats.insert(nlohmann::json::parse(line)["format"].get<std::string>());
    CHECK(formats ==
          std::set<std::string>{"text", "jsonl", "json", "html", "rss", "atom", "jsonl+gzip"});
  }

  TEST_CASE("a changed file replaces its article, never duplicates it") {
    Sandbox sandbox;
    const fs::path file = sandbox.write("in/story.txt", "Old Headline\nThe walrus spoke.\n");
    REQUIRE(sandbox.index({"add", (sandbox.dir() / "in").string()}).status == 0);
    sandbox.write("in/story.txt", "New Headline\nThe narwhal spoke.\n");
    RunResult again = sandbox.index({"add", file.string()});
    CHECK(again.out.starts_with("0 added, 1 updated, 0 unchanged, 0 removed, 0 failed"));
    CHECK(articles_in(sandbox) == 1);
    CHECK(sandbox.search({"walrus"}).status == 1);
    CHECK(sandbox.search({"narwhal"}).status == 0);
  }

  TEST_CASE("bad files get one line each, the rest is indexed, exit status 1") {
    Sandbox sandbox;
    sandbox.write("in/good.txt", "Good Headline\nA readable body.\n");
    sandbox.write("in/empty.txt", "");
    sandbox.write("in/blank.txt", " \n\n\t\n");
    sandbox.write("in/binary.dat", std::string("PK\x03\x04\0\0garbage", 12));
    RunResult run = sandbox.index(
        {"add", (sandbox.dir() / "in").string(), (sandbox.dir() / "missing.txt").string()});
    CHECK(run.status == 1);
    CHECK(run.out.starts_with("1 added, 0 updated, 0 unchanged, 0 removed, 4 failed"));
    const std::vector<std::string> errors = lines_of(run.err);
    CHECK(errors.size() == 4);
    CHECK(count_of(run.err, "empty.txt: empty file") == 1);
    CHECK(count_of(run.err, "blank.txt: no text in file") == 1);
    CHECK(count_of(run.err, "binary.dat: binary file") == 1);
    CHECK(count_of(run.err, "missing.txt: ") == 1);
    CHECK(articles_in(sandbox) == 1);
  }

  TEST_CASE("a file over --max-file-size is skipped with a message") {
    Sandbox sandbox;
    sandbox.write("big.txt", "Big Headline\n" + std::string(2 * 1024 * 1024, 'x') + "\n");
    RunResult run =
        sandbox.index({"add", "--max-file-size", "1", (sandbox.dir() / "big.txt").string()});
    CHECK(run.status == 1);
    CHECK(count_of(run.err, "big.txt: file is") == 1);
    CHECK(count_of(run.err, "--max-file-size") == 1);
  }

  TEST_CASE("Windows line ends, a byte-order mark and Windows-1252 text are read") {
    Sandbox sandbox;
    sandbox.write("crlf.txt",
                  "\xEF\xBB\xBFTitle: Crlf Story\r\nSource: Wire\r\n\r\nThe okapi ran.\r\n");
    sandbox.write("latin.txt", "Caf\xE9 Story\nThe caf\xE9 opened.\n");
    RunResult run = sandbox.index({"add", sandbox.dir().string()});
    CHECK(run.status == 0); // the database inside the folder is not read as input
    CHECK(run.out.starts_with("2 added"));
    CHECK(count_of(run.err, "latin.txt: not valid UTF-8") == 1);
    RunResult json = sandbox.search({"--format", "json", "okapi"});
    CHECK(json.out.find("\"title\": \"Crlf Story\"") != std::string::npos);
    CHECK(json.out.find("\"source\": \"Wire\"") != std::string::npos);
    RunResult cafe = sandbox.search({"--format", "json", "cafe"});
    CHECK(cafe.status == 0);
    CHECK(cafe.out.find("Café Story") != std::string::npos);
  }

  TEST_CASE("a symlink loop is reported once and the run goes on") {
    Sandbox sandbox;
    sandbox.write("in/story.txt", "Loop Story\nAbout a lemur.\n");
    fs::create_directory_symlink(sandbox.dir() / "in", sandbox.dir() / "in/again");
    RunResult run = sandbox.index({"add", (sandbox.dir() / "in").string()});
    CHECK(run.status == 1);
    CHECK(run.out.starts_with("1 added, 0 updated, 0 unchanged, 0 removed, 1 failed"));
    CHECK(count_of(run.err, "in/again: symlink loop") == 1);
  }

  TEST_CASE("a database that cannot be opened is a usage error (2), not a crash") {
    Sandbox sandbox;
    const fs::path not_a_db = sandbox.write("not-a-db", "plain file\n");
    const fs::path story = sandbox.write("story.txt", "Story\nBody.\n");
    RunResult run =
        run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(not_a_db.string()) +
                      " add " + shell_quote(story.string()),
                  sandbox.dir());
    CHECK(run.status == 2);
    CHECK(lines_of(run.err).size() == 1);
    CHECK(count_of(run.err, not_a_db.string() + " is a file, not a news index folder") == 1);
  }

  TEST_CASE("bug: stats counts title, source and author stems as distinct words") {
    Sandbox sandbox;
    sandbox.write("a.jsonl", R"({"id": "a", "title": "Zebra", "body": "aardvark badger", )"
                             R"("source": "Wire", "author": "Doe"})"
                             "\n");
    REQUIRE(sandbox.index({"add", "--no-entities", (sandbox.dir() / "a.jsonl").string()}).status ==
            0);
    const nlohmann::json stats =
        nlohmann::json::parse(sandbox.index({"stats", "--format", "json"}).out);
    // zebra (a title word is a body word too), aardvark, badger; not the
    // stems of title:, source: and author: (ZSzebra, ZGwire, ZAdoe).
    CHECK(stats["distinct_words"] == 3);
  }

  TEST_CASE("usage errors give exit status 2") {
    Sandbox sandbox;
    CHECK(sandbox.index({"add"}).status == 2);
    CHECK(sandbox.index({"frobnicate"}).status == 2);
    CHECK(sandbox.index({"add", "--no-such-option", "x"}).status == 2);
    RunResult help = sandbox.index({"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("add PATH...") != std::string::npos);
  }

  TEST_CASE("a new index built by parallel writers holds what one writer builds") {
    const std::vector<std::string> inputs = {SAMPLE_CORPUS_DIR,
                                             std::string(FIXTURES_DIR) + "/stories"};
    Sandbox one, two;
    std::vector<std::string> add_one = {"add", "--jobs", "1"}, add_two = {"add", "--jobs", "2"};
    add_one.insert(add_one.end(), inputs.begin(), inputs.end());
    add_two.insert(add_two.end(), inputs.begin(), inputs.end());
    const RunResult first = one.index(add_one);
    const RunResult second = two.index(add_two);
    REQUIRE(first.status == 0);
    REQUIRE(second.status == 0);
    CHECK(second.out.substr(0, second.out.find('(')) == first.out.substr(0, first.out.find('(')));
    CHECK(articles_in(two) == articles_in(one));
    CHECK_FALSE(fs::exists(two.dir() / "db.shards"));
    CHECK_FALSE(fs::exists(two.dir() / "db.merging"));
    for (const std::vector<std::string>& query : {std::vector<std::string>{"putin"},
                                                  {"china"},
                                                  {"person:putin"},
                                                  {"date:2024"},
                                                  {"--all-versions", "storm"},
                                                  {"storm"},
                                                  {"wheat OR grain"}}) {
      CAPTURE(query.back());
      // Every copy, or the stories (which copy stands for one is the docids' choice).
      if (query.front() == "--all-versions") {
        CHECK(id_set(two, query) == id_set(one, query));
      } else {
        const std::vector<std::string> got = stories_of(two, query), want = stories_of(one, query);
        CHECK(std::set<std::string>(got.begin(), got.end()) ==
              std::set<std::string>(want.begin(), want.end()));
      }
    }
    // Story groups: the copies collapse into one hit in both.
    CHECK(two.search({"storm"}).out.find("similar") != std::string::npos);
    CHECK(stories_of(two, {"storm"}) == stories_of(one, {"storm"}));
    CHECK(lines_of(two.search({"storm"}).out).size() == lines_of(one.search({"storm"}).out).size());
    // Spelling data, merged from the shards: the same words with the same frequencies.
    const auto spellings = [](const Sandbox& sandbox) {
      const Xapian::Database db(sandbox.db().string());
      std::vector<std::pair<std::string, Xapian::doccount>> words;
      for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
        words.emplace_back(*it, it.get_termfreq());
      return words;
    };
    CHECK(spellings(two).size() > 500);
    CHECK(spellings(two) == spellings(one));
    CHECK(two.search({"chna"}).err == one.search({"chna"}).err);
    CHECK(two.search({"chna"}).err.starts_with("did you mean: china"));
    // The files are recorded: adding again reads nothing.
    CHECK(two.index(add_two).out.starts_with("0 added, 0 updated, " +
                                             std::to_string(articles_in(two)) + " unchanged"));
  }
}
