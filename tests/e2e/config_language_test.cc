// The config file's `language` (common/config_file, indexer/configured_roots):
// the language of an article that declares none and is too short for
// detection to tell; detection and a declared language come first.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const char* const kArticles =
    R"({"id": "short", "title": "OK", "body": "Ja."})"
    "\n"
    R"({"id": "declared", "title": "OK", "body": "Ja.", "lang": "de"})"
    "\n"
    R"({"id": "english", "title": "Trams return to the city centre", "body": "The city council )"
    R"(said on Monday that trams would return to the centre next spring after a decade of )"
    R"(buses. Officials expect the first line to open in April, with two more by the end of )"
    R"(the year, and fares will stay the same as on the buses they replace."})"
    "\n";

// Each article's language as `inspect` gives it, with `config` as the config file.
std::map<std::string, nlohmann::json> languages(const Sandbox& sandbox, const std::string& config) {
  const std::filesystem::path file = sandbox.write("config.toml", config);
  const std::filesystem::path articles = sandbox.write("a.jsonl", kArticles);
  const RunResult run = sandbox.index({"--config", file.string(), "inspect", "--format", "jsonl",
                                       "--no-entities", articles.string()});
  REQUIRE(run.status == 0);
  std::map<std::string, nlohmann::json> found;
  for (const std::string& line : lines_of(run.out)) {
    const nlohmann::json article = nlohmann::json::parse(line);
    found[article["id"]] = article.contains("language") ? article["language"] : nlohmann::json();
  }
  return found;
}

} // namespace

TEST_SUITE("config file: language") {
  TEST_CASE("the config's language is that of an article too short to tell that declares none") {
    const Sandbox sandbox;
    const auto found = languages(sandbox, "language = \"fr-FR\"\n");
    CHECK(found.at("short") == "fr");
    CHECK(found.at("declared") == "de"); // a declared language comes first
    CHECK(found.at("english") == "en");  // and so does what detection tells
  }

  TEST_CASE("the config's language may be a language's name") {
    const Sandbox sandbox;
    CHECK(languages(sandbox, "language = \"French\"\n").at("short") == "fr");
  }

  TEST_CASE("without one, such an article stays undetermined") {
    const Sandbox sandbox;
    const auto found = languages(sandbox, "");
    CHECK(found.at("short").is_null());
    CHECK(found.at("english") == "en");
  }

  TEST_CASE("the default language is indexed: lang: finds the short article") {
    const Sandbox sandbox;
    const std::filesystem::path file = sandbox.write("config.toml", "language = \"fr\"\n");
    const std::filesystem::path articles = sandbox.write("a.jsonl", kArticles);
    REQUIRE(
        sandbox.index({"--config", file.string(), "add", "--quiet", articles.string()}).status ==
        0);
    CHECK(search_ids(sandbox, {"lang:fr"}) == std::vector<std::string>{"short"});
  }

  TEST_CASE("a language that is no language: an error naming the file and line") {
    const Sandbox sandbox;
    const std::filesystem::path file =
        sandbox.write("config.toml", "# a comment\nlanguage = \"martian\"\n");
    const std::filesystem::path articles = sandbox.write("a.jsonl", kArticles);
    const RunResult run =
        sandbox.index({"--config", file.string(), "add", "--quiet", articles.string()});
    CHECK(run.status == 2);
    CHECK(run.err.find(file.string() + ":2: language 'martian' is not a language") !=
          std::string::npos);
  }
}
