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

  TEST_CASE("JSON hits carry entities; --entities shows them in text") {
    const nlohmann::json json =
        nlohmann::json::parse(corpus().search({"--format", "json", "person:putin"}).out);
    const auto& entities = json["hits"][0]["entities"];
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

  TEST_CASE("inspect shows entities; --no-entities leaves them out") {
    const std::string seed = std::string(SAMPLE_CORPUS_DIR) + "/putin-china-visit.txt";
    RunResult run = corpus().index({"inspect", "--format", "jsonl", seed});
    const nlohmann::json article = nlohmann::json::parse(run.out);
    CHECK(article["entities"]["person"] == nlohmann::json::array({"Vladimir Putin"}));
    RunResult none = corpus().index({"inspect", "--format", "jsonl", "--no-entities", seed});
    CHECK(nlohmann::json::parse(none.out)["entities"]["person"].empty());
  }
}
