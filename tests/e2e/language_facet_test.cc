// The languages of an index, end to end: the `lang` facet of --facets in
// every format, and `news-index stats`' articles per language. The fixture
// (tests/fixtures/languages/mixed.jsonl, texts written for the tests) has two
// German articles, one each of Russian, French, Spanish, English and
// Chinese, and one too short to tell.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const Sandbox& mixed() {
  static const Sandbox sandbox;
  static const bool indexed = [] {
    const RunResult run =
        sandbox.index({"add", "--quiet", std::string(FIXTURES_DIR) + "/languages/mixed.jsonl"});
    REQUIRE(run.status == 0);
    return true;
  }();
  (void)indexed;
  return sandbox;
}

nlohmann::json facets_of(std::vector<std::string> query) {
  std::vector<std::string> args{"--format", "json", "--facets", "--no-hits"};
  args.insert(args.end(), query.begin(), query.end());
  const RunResult run = mixed().search(args);
  REQUIRE(run.status == 0);
  return nlohmann::json::parse(run.out)["facets"];
}

// Every article of the fixture.
const std::string kAll =
    "lang:de OR lang:ru OR lang:fr OR lang:es OR lang:en OR lang:zh OR id:short";

} // namespace

TEST_SUITE("e2e: language facet and stats") {
  TEST_CASE("--facets counts the matches per language, the undetermined apart") {
    const nlohmann::json all = facets_of({kAll});
    CHECK(all["lang"][0] == nlohmann::json({{"name", "de"}, {"count", 2}}));
    CHECK(all["lang"].size() == 6);
    CHECK(all["lang_undetermined"] == 1);
    const nlohmann::json german = facets_of({"lang:de"});
    CHECK(german["lang"] == nlohmann::json::parse(R"([{"name": "de", "count": 2}])"));
    CHECK(german["lang_undetermined"] == 0);
    // A word of two languages' articles: each counted in its own.
    const nlohmann::json putin = facets_of({"Путин"});
    CHECK(putin["lang"] == nlohmann::json::parse(R"([{"name": "ru", "count": 1}])"));
  }

  TEST_CASE("the lang facet in text and CSV") {
    const RunResult text = mixed().search({"--facets", "--no-hits", kAll});
    REQUIRE(text.status == 0);
    CHECK(text.out.find("lang:    de (2), ") != std::string::npos);
    CHECK(text.out.find(", undetermined (1)\n") != std::string::npos);
    const RunResult csv = mixed().search({"--format", "csv", "--facets", "--no-hits", kAll});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("lang,de,2\r\n") != std::string::npos);
    CHECK(csv.out.find("lang,zh,1\r\n") != std::string::npos);
    CHECK(csv.out.find("lang_undetermined,,1\r\n") != std::string::npos);
  }

  TEST_CASE("stats counts the articles per language, the undetermined apart") {
    const RunResult json = mixed().index({"stats", "--format", "json"});
    REQUIRE(json.status == 0);
    const nlohmann::json stats = nlohmann::json::parse(json.out);
    CHECK(stats["languages"] ==
          nlohmann::json::parse(R"({"de": 2, "en": 1, "es": 1, "fr": 1, "ru": 1, "zh": 1})"));
    CHECK(stats["undetermined_language"] == 1);
    const RunResult text = mixed().index({"stats"});
    REQUIRE(text.status == 0);
    CHECK(text.out.find("languages:      de 2, en 1, es 1, fr 1, ru 1, zh 1\n") !=
          std::string::npos);
    CHECK(text.out.find("undetermined_language: 1\n") != std::string::npos);
  }
}
