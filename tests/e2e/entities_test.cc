// Entities end to end: extracted at indexing, searched by prefix, shown and counted.
#include <algorithm>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const Sandbox& corpus() { return indexed_sample_corpus(); }

std::vector<std::string> files(std::vector<std::string> args) {
  std::vector<std::string> names;
  for (const std::string& id : search_ids(corpus(), std::move(args)))
    names.push_back(id.substr(id.find_last_of('/') + 1));
  std::sort(names.begin(), names.end());
  return names;
}

using Names = std::vector<std::string>;

} // namespace

TEST_SUITE("e2e: entities") {
  TEST_CASE("person:, org:, place: and entity: filters") {
    // The NATO report says `Putin has said...`: a bare surname is a person too.
    CHECK(files({"person:putin"}) == Names{"nato-summit-washington.txt", "putin-china-visit.txt"});
    CHECK(files({"person:\"vladimir putin\""}) == Names{"putin-china-visit.txt"});
    CHECK(files({"person:vladimir"}) == Names{"putin-china-visit.txt"});
    CHECK(files({"person:\"putin vladimir\""}).empty()); // a quoted name must match whole
    CHECK(files({"org:nato"}) ==
          Names{"nato-summit-washington.txt", "putin-china-visit.txt", "xi-visit-france.txt"});
    CHECK(files({"place:china", "place:russia"}) ==
          Names{"nato-summit-washington.txt", "putin-china-visit.txt", "xi-visit-france.txt"});
    CHECK(files({"place:us"}) == files({"place:\"united states\""}));
    CHECK(files({"place:us"}).size() >= 2);
    CHECK(files({"entity:nato"}) == files({"org:nato"}));
    CHECK(files({"entity:putin"}) == files({"person:putin"}));
  }

  TEST_CASE("entity filters combine with words, dates and each other") {
    CHECK(files({"org:nato", "summit"}) == Names{"nato-summit-washington.txt"});
    CHECK(files({"org:nato", "date:2024-05"}) == Names{"xi-visit-france.txt"});
    CHECK(files({"place:china -place:russia"}) == Names{"chip-export-controls.txt"});
  }

  TEST_CASE("JSON hits carry entities, --entities shows them in text") {
    const nlohmann::json json =
        nlohmann::json::parse(corpus().search({"--format", "json", "person:putin"}).out);
    // The seed article's hit (the NATO summit's `Putin has said` matches too, with the same
    // score: a filter).
    nlohmann::json entities;
    for (const auto& hit : json["hits"])
      if (hit["path"].get<std::string>().ends_with("putin-china-visit.txt"))
        entities = hit["entities"];
    REQUIRE_FALSE(entities.is_null());
    CHECK(entities["person"] == nlohmann::json::array({"Vladimir Putin"}));
    CHECK(entities["org"].size() == 2);
    CHECK(entities["place"].size() == 6);
    RunResult text = corpus().search({"--entities", "person:putin"});
    CHECK(text.out.find("person: Vladimir Putin; org: ") != std::string::npos);
  }

  TEST_CASE("--facets counts the whole matching set, not the page") {
    const nlohmann::json json = nlohmann::json::parse(
        corpus().search({"--format", "json", "--limit", "1", "--facets", "russia"}).out);
    const auto& places = json["facets"]["place"];
    REQUIRE(!places.empty());
    CHECK(places[0]["name"] == "Russia");
    CHECK(places[0]["count"] == json["total"]);
    CHECK(json["facets"]["source"][0]["name"] == "Sample Wire");
    CHECK(json["facets"]["org"][0] == nlohmann::json{{"name", "NATO"}, {"count", 3}});
    RunResult text = corpus().search({"--facets", "--limit", "1", "russia"});
    CHECK(text.out.find("place:   Russia (") != std::string::npos);
  }

  TEST_CASE("inspect shows entities, --no-entities leaves them out") {
    const std::string seed = std::string(SAMPLE_CORPUS_DIR) + "/putin-china-visit.txt";
    RunResult run = corpus().index({"inspect", "--format", "jsonl", seed});
    const nlohmann::json article = nlohmann::json::parse(run.out);
    CHECK(article["entities"]["person"] == nlohmann::json::array({"Vladimir Putin"}));
    RunResult none = corpus().index({"inspect", "--format", "jsonl", "--no-entities", seed});
    CHECK(nlohmann::json::parse(none.out)["entities"]["person"].empty());
  }
}

TEST_SUITE("e2e: one organisation across articles") {
  // Issue 17: `Texaco` in one article and `Texaco Inc` in another are one
  // organisation, counted once by its key; other companies stay apart.
  TEST_CASE("--facets and org: merge an organisation's legal form across articles") {
    const Sandbox sandbox;
    sandbox.write("in/a.txt",
                  "Title: Oil output cut\nDate: 2024-03-01\n\nShares of Texaco rose 2 "
                  "percent on Monday after the oil company said it would cut output.\n");
    sandbox.write("in/b.txt", "Title: Quarterly results\nDate: 2024-03-02\n\nTexaco Inc said on "
                              "Tuesday that its quarterly profit rose 10 percent.\n");
    sandbox.write("in/c.txt", "Title: Chip sales\nDate: 2024-03-03\n\nTexas Instruments Inc said "
                              "on Wednesday that its chip sales rose 5 percent.\n");
    REQUIRE(sandbox.index({"add", (sandbox.dir() / "in").string()}).status == 0);
    auto ids = [&](const std::string& query) {
      std::vector<std::string> names;
      for (const std::string& id : search_ids(sandbox, {query}))
        names.push_back(id.substr(id.find_last_of('/') + 1));
      std::sort(names.begin(), names.end());
      return names;
    };
    CHECK(ids("org:\"texaco inc\"") == Names{"a.txt", "b.txt"});
    CHECK(ids("org:texaco") == Names{"a.txt", "b.txt"});
    CHECK(ids("org:\"texas instruments inc\"") == Names{"c.txt"});
    CHECK(ids("org:\"texas instruments\"") == Names{"c.txt"});
    const nlohmann::json json = nlohmann::json::parse(
        sandbox.search({"--format", "json", "--no-hits", "--facets", "rose"}).out);
    CHECK(json["facets"]["org"] ==
          nlohmann::json::array({{{"name", "Texaco"}, {"count", 2}},
                                 {{"name", "Texas Instruments Inc"}, {"count", 1}}}));
  }
}
