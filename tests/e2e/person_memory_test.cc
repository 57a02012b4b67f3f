// The archive's memory of persons end to end: news-index add, sync and
// remove, then person: searches and the stored entities (indexer/person_memory.hh).
#include <algorithm>

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

// `cued` articles name Nigel Lawson with a title; one has `Lawson` alone.
std::string cued_articles(int cued) {
  std::string jsonl;
  for (int i = 0; i < cued; ++i)
    jsonl += record("cued-" + std::to_string(i),
                    "Chancellor of the Exchequer Nigel Lawson said sterling was firm in week " +
                        std::to_string(i) + ".");
  return jsonl;
}

const std::string kAlone = record("alone", "The budget was drafted by Lawson over the winter.");

std::vector<std::string> people_of(const Sandbox& sandbox, const std::string& id) {
  const RunResult run = sandbox.search({"--format", "json", "--fields", "id,entities", "id:" + id});
  REQUIRE(run.status == 0);
  std::vector<std::string> people;
  for (const Json& name : Json::parse(run.out)["hits"][0]["entities"]["person"])
    people.push_back(name);
  return people;
}

bool alone_is_lawson(const Sandbox& sandbox) {
  const std::vector<std::string> ids = search_ids(sandbox, {"--all-versions", "person:lawson"});
  return std::find(ids.begin(), ids.end(), "alone") != ids.end();
}

} // namespace

TEST_SUITE("e2e: person memory") {
  TEST_CASE("the premise: without the archive, the lone surname is no person") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", sandbox.write("a.jsonl", cued_articles(1) + kAlone).string()})
                .status == 0);
    CHECK_FALSE(alone_is_lawson(sandbox));
  }

  TEST_CASE("bug: the person memory is applied to a parallel first build too") {
    for (const char* jobs : {"1", "2"}) {
      CAPTURE(jobs);
      Sandbox sandbox;
      const auto file = sandbox.write("a.jsonl", cued_articles(6) + kAlone);
      REQUIRE(sandbox.index({"add", "--jobs", jobs, file.string()}).status == 0);
      CHECK(alone_is_lawson(sandbox));
      CHECK(people_of(sandbox, "alone") == std::vector<std::string>{"Nigel Lawson"});
      CHECK(search_ids(sandbox, {"--all-versions", "person:\"nigel lawson\""}).size() == 7);
    }
  }

  TEST_CASE("sync applies it where the archive changed its mind, and remove takes it back") {
    Sandbox sandbox;
    sandbox.write("archive/alone.jsonl", kAlone);
    sandbox.write("archive/cued.jsonl", cued_articles(4));
    REQUIRE(sandbox.index({"add", (sandbox.dir() / "archive").string()}).status == 0);
    CHECK_FALSE(alone_is_lawson(sandbox)); // four cued articles: not yet
    sandbox.write("archive/more.jsonl", cued_articles(6).substr(cued_articles(4).size()));
    REQUIRE(sandbox.index({"sync"}).status == 0);
    CHECK(alone_is_lawson(sandbox)); // the older article, unchanged, is a person now
    // The cued articles go: the memory's own person does not keep it.
    REQUIRE(sandbox.index({"remove", (sandbox.dir() / "archive" / "more.jsonl").string()}).status ==
            0);
    CHECK_FALSE(alone_is_lawson(sandbox));
    CHECK(people_of(sandbox, "alone").empty());
  }
}
