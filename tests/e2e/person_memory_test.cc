// The archive's memory of persons end to end: news-index add, sync and
// remove, then person: searches and the stored entities (indexer/person_memory.hh).
#include <algorithm>
#include <set>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
using Json = nlohmann::json;

namespace {

std::string record(const std::string& id, const std::string& body) {
  return Json{{"id", id}, {"title", "Report " + id}, {"date", "2024-01-05"}, {"body", body}}
             .dump() +
         "\n";
}

// `cued` articles name Nigel Whitlow with a title; one has `Whitlow` alone,
// which the extractor leaves undecided (the premise, checked below).
std::string cued_articles(int cued) {
  std::string jsonl;
  for (int i = 0; i < cued; ++i)
    jsonl += record("cued-" + std::to_string(i),
                    "Finance Minister Nigel Whitlow said sterling was firm in week " +
                        std::to_string(i) + ".");
  return jsonl;
}

const std::string kAlone = record("alone", "The budget was drafted by Whitlow over the winter.");

std::vector<std::string> people_of(const Sandbox& sandbox, const std::string& id) {
  const RunResult run = sandbox.search({"--format", "json", "--fields", "id,entities", "id:" + id});
  REQUIRE(run.status == 0);
  std::vector<std::string> people;
  const Json json = Json::parse(run.out); // kept: the loop's range is a reference into it
  for (const Json& name : json["hits"][0]["entities"]["person"])
    people.push_back(name.get<std::string>());
  return people;
}

bool alone_is_whitlow(const Sandbox& sandbox) {
  const std::vector<std::string> ids = search_ids(sandbox, {"--all-versions", "person:whitlow"});
  return std::find(ids.begin(), ids.end(), "alone") != ids.end();
}

// news-index or news-search on the index `db` (a database or a stub file) of the sandbox.
RunResult run_at(const Sandbox& sandbox, const char* exe, const std::filesystem::path& db,
                 const std::string& args) {
  return run_shell(shell_quote(exe) + " --db " + shell_quote(db.string()) + " " + args,
                   sandbox.dir());
}

std::set<std::string> ids_at(const Sandbox& sandbox, const std::filesystem::path& db,
                             const std::string& query) {
  const RunResult run =
      run_at(sandbox, NEWS_SEARCH_EXE, db, "--format ids --limit 0 --all-versions " + query);
  const std::vector<std::string> ids = lines_of(run.out);
  return {ids.begin(), ids.end()};
}

} // namespace

TEST_SUITE("e2e: person memory") {
  TEST_CASE("the premise: without the archive, the lone surname is no entity") {
    Sandbox sandbox;
    const auto file = sandbox.write("a.jsonl", cued_articles(1) + kAlone);
    REQUIRE(sandbox.index({"add", file.string()}).status == 0);
    CHECK_FALSE(alone_is_whitlow(sandbox));
    // Not a person, nor anything else, for the extractor: the memory's to decide.
    const RunResult inspected = sandbox.index({"inspect", "--format", "jsonl", file.string()});
    REQUIRE(inspected.status == 0);
    for (const std::string& line : lines_of(inspected.out)) {
      const Json article = Json::parse(line);
      if (article["id"] != "alone") continue;
      for (const char* kind : {"person", "org", "place"})
        CHECK(article["entities"][kind].empty());
    }
    CHECK(people_of(sandbox, "cued-0") == std::vector<std::string>{"Nigel Whitlow"});
  }

  TEST_CASE("bug: the person memory is applied to a parallel first build too") {
    for (const char* jobs : {"1", "2"}) {
      CAPTURE(jobs);
      Sandbox sandbox;
      const auto file = sandbox.write("a.jsonl", cued_articles(6) + kAlone);
      REQUIRE(sandbox.index({"add", "--jobs", jobs, file.string()}).status == 0);
      CHECK(alone_is_whitlow(sandbox));
      CHECK(people_of(sandbox, "alone") == std::vector<std::string>{"Nigel Whitlow"});
      CHECK(search_ids(sandbox, {"--all-versions", "person:\"nigel whitlow\""}).size() == 7);
    }
  }

  TEST_CASE("sync applies it where the archive changed its mind, and remove takes it back") {
    Sandbox sandbox;
    sandbox.write("archive/alone.jsonl", kAlone);
    sandbox.write("archive/cued.jsonl", cued_articles(4));
    REQUIRE(sandbox.index({"add", (sandbox.dir() / "archive").string()}).status == 0);
    CHECK_FALSE(alone_is_whitlow(sandbox)); // four cued articles: not yet
    sandbox.write("archive/more.jsonl", cued_articles(6).substr(cued_articles(4).size()));
    REQUIRE(sandbox.index({"sync"}).status == 0);
    CHECK(alone_is_whitlow(sandbox)); // the older article, unchanged, is a person now
    // The cued articles go: the memory's own person does not keep it.
    REQUIRE(sandbox.index({"remove", (sandbox.dir() / "archive" / "more.jsonl").string()}).status ==
            0);
    CHECK_FALSE(alone_is_whitlow(sandbox));
    CHECK(people_of(sandbox, "alone").empty());
  }

  TEST_CASE(
      "bug: a sharded index gets the people one database gets, through add, sync and remove") {
    // Two or three cued articles a shard: none would remember the name by its own counts.
    Sandbox sandbox;
    const std::filesystem::path stub = sandbox.dir() / "news.stub";
    REQUIRE(run_at(sandbox, NEWS_INDEX_EXE, stub, "init --shards 3").status == 0);
    sandbox.write("archive/alone.jsonl", kAlone);
    sandbox.write("archive/cued.jsonl", cued_articles(4));
    const std::string archive = shell_quote((sandbox.dir() / "archive").string());
    const auto both = [&](const std::string& args) {
      REQUIRE(run_at(sandbox, NEWS_INDEX_EXE, sandbox.db(), args).status == 0);
      REQUIRE(run_at(sandbox, NEWS_INDEX_EXE, stub, args).status == 0);
    };
    const auto same = [&](const std::string& query) {
      CAPTURE(query);
      const std::set<std::string> one = ids_at(sandbox, sandbox.db(), query);
      CHECK(ids_at(sandbox, stub, query) == one);
      return one;
    };
    both("add " + archive);
    CHECK_FALSE(same("person:whitlow").contains("alone"));
    sandbox.write("archive/more.jsonl", cued_articles(6).substr(cued_articles(4).size()));
    both("sync");
    CHECK(same("person:whitlow").contains("alone"));
    CHECK(same("person:\"nigel whitlow\"").size() == 7);
    both("remove " + shell_quote((sandbox.dir() / "archive" / "more.jsonl").string()));
    CHECK_FALSE(same("person:whitlow").contains("alone"));
    CHECK(same("person:\"nigel whitlow\"").size() == 4);
  }
}
