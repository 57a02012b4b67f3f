// news-search, end to end, over the sample corpus.
#include <algorithm>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const Sandbox& corpus() { return indexed_sample_corpus(); }

const std::string kSeedFile = "putin-china-visit.txt";

} // namespace

TEST_SUITE("e2e: news-search") {
  TEST_CASE("Putin China ranks the seed article first") {
    RunResult run = corpus().search({"Putin", "China"});
    CHECK(run.status == 0);
    const std::vector<std::string> lines = lines_of(run.out);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines[0] == "  1. Putin Announces Plans To Visit China In May");
    CHECK(run.out.find(kSeedFile) != std::string::npos);

    RunResult ids = corpus().search({"--format", "ids", "Putin China"});
    REQUIRE_FALSE(ids.out.empty());
    CHECK(lines_of(ids.out)[0].ends_with("/" + kSeedFile));
  }

  TEST_CASE("bug: text piped on without $COLUMNS was 100 columns wide") {
    const RunResult run =
        run_shell("env -u COLUMNS " + shell_quote(NEWS_SEARCH_EXE) + " --db " +
                      shell_quote(corpus().db().string()) + " --limit 0 russia OR china OR putin",
                  corpus().dir());
    CHECK(run.status == 0);
    REQUIRE(lines_of(run.out).size() > 20);
    std::size_t widest = 0;
    for (const std::string& line : lines_of(run.out))
      widest = std::max(widest, columns_of(line));
    CHECK(widest <= 80);
    CHECK(widest > 70); // the snippets fill the lines
  }

  TEST_CASE("bug: a facet line was as long as its names (108 columns on 80)") {
    auto facets = [](int columns) {
      return run_shell("COLUMNS=" + std::to_string(columns) + " " + shell_quote(NEWS_SEARCH_EXE) +
                           " --db " + shell_quote(corpus().db().string()) +
                           " --facets --no-hits --facet-limit 20 russia OR china OR putin",
                       corpus().dir());
    };
    const RunResult narrow = facets(70), wide = facets(1000);
    CHECK(narrow.status == 0);
    CHECK(lines_of(narrow.out).size() > lines_of(wide.out).size());
    for (const std::string& line : lines_of(narrow.out)) {
      CAPTURE(line);
      CHECK(columns_of(line) <= 70);
    }
    // The same names and counts, each whole on its line: only the breaks differ.
    std::string joined = narrow.out;
    for (std::size_t at; (at = joined.find("\n         ")) != std::string::npos;)
      joined.replace(at, 10, " ");
    CHECK(joined == wide.out);
  }

  TEST_CASE("every word must match") {
    // "china" alone is in several articles; with "wheat" only the one about Russia's exports.
    RunResult ids = corpus().search({"--format", "ids", "china", "orenburg"});
    CHECK(ids.status == 1);
    RunResult wheat = corpus().search({"--format", "ids", "wheat", "egypt"});
    CHECK(lines_of(wheat.out).size() == 1);
  }

  TEST_CASE("words only in the stripped trailer are not found") {
    RunResult run = corpus().search({"Fostier"});
    CHECK(run.status == 1);
    CHECK(run.out == "");
    CHECK(corpus().search({"--format", "ids", "Luxembourg"}).out == "");
  }

  TEST_CASE("JSON output parses and its total is exact") {
    RunResult run = corpus().search({"--format", "json", "--limit", "2", "russia"});
    CHECK(run.status == 0);
    const nlohmann::json json = nlohmann::json::parse(run.out);
    CHECK(json["format_version"] == 1);
    CHECK(json["query"] == "russia");
    RunResult all = corpus().search({"--format", "ids", "--limit", "0", "russia"});
    const size_t expected = lines_of(all.out).size();
    CHECK(expected >= 4);
    CHECK(json["total"] == expected);
    REQUIRE(json["hits"].size() == 2);
    for (const auto& hit : json["hits"]) {
      CHECK(hit["id"].is_string());
      CHECK(hit["title"].is_string());
      CHECK(hit["score"].is_number());
      CHECK(hit["snippet"].is_string());
      CHECK(hit.contains("url"));
      CHECK(hit.contains("date"));
    }
  }

  TEST_CASE("JSON hits carry the header fields and absent ones are null") {
    RunResult run = corpus().search({"--format", "json", "Xi", "Paris"});
    const nlohmann::json json = nlohmann::json::parse(run.out);
    REQUIRE(json["hits"].size() == 1);
    const auto& hit = json["hits"][0];
    CHECK(hit["date"] == "2024-05-06T09:15:00Z");
    CHECK(hit["source"] == "Sample Wire");
    CHECK(hit["author"] == "Claire Dumont");
    CHECK(hit["url"].is_null());

    RunResult seed = corpus().search({"--format", "json", "Putin", "inauguration"});
    const nlohmann::json seed_json = nlohmann::json::parse(seed.out);
    REQUIRE(seed_json["hits"].size() == 1);
    const auto& seed_hit = seed_json["hits"][0];
    // No date in the seed, nor in its path: undated (a file's time is no publication date).
    CHECK(seed_hit["date"].is_null());
    CHECK(seed_hit["date_source"].is_null());
    CHECK(seed_hit["source"].is_null());
    CHECK(seed_hit["path"].get<std::string>().ends_with(kSeedFile));
  }

  TEST_CASE("--limit and --offset page through the hits") {
    RunResult all = corpus().search({"--format", "ids", "--limit", "0", "russia"});
    RunResult page =
        corpus().search({"--format", "ids", "--limit", "2", "--offset", "1", "russia"});
    const auto all_ids = lines_of(all.out), page_ids = lines_of(page.out);
    REQUIRE(all_ids.size() >= 3);
    REQUIRE(page_ids.size() == 2);
    CHECK(page_ids[0] == all_ids[1]);
    CHECK(page_ids[1] == all_ids[2]);
  }

  TEST_CASE("matches are bold on request and plain when piped") {
    RunResult plain = corpus().search({"beijing"});
    CHECK(plain.out.find("\x1b[") == std::string::npos);
    CHECK(plain.out.find("Beijing") != std::string::npos);
    RunResult bold = corpus().search({"--color", "always", "beijing"});
    CHECK(bold.out.find("\x1b[1mBeijing\x1b[0m") != std::string::npos);
  }

  TEST_CASE("a closed pipe is not an error") {
    const std::string command = "set -o pipefail; " + shell_quote(NEWS_SEARCH_EXE) + " --db " +
                                shell_quote(corpus().db().string()) + " --limit 0 the | head -c 10";
    RunResult run = run_shell(command, corpus().dir());
    CHECK(run.status == 0);
    CHECK(run.err == "");
  }

  TEST_CASE("a missing database: one line saying how to create it, exit status 2") {
    Sandbox empty;
    RunResult run = empty.search({"Putin"});
    CHECK(run.status == 2);
    CHECK(run.out == "");
    const std::vector<std::string> lines = lines_of(run.err);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("no news index at " + empty.db().string()) != std::string::npos);
    CHECK(lines[0].find("news-index add") != std::string::npos);
  }

  TEST_CASE("usage and query errors give exit status 2") {
    CHECK(corpus().search({}).status == 2);
    CHECK(corpus().search({"--format", "xml", "putin"}).status == 2);
    CHECK(corpus().search({"--limit", "-3", "putin"}).status == 2);
    RunResult bad = corpus().search({"putin AND"});
    CHECK(bad.status == 2);
    CHECK(lines_of(bad.err).size() == 1);
    RunResult help = corpus().search({"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("title:") != std::string::npos);
  }

  TEST_CASE("field prefixes from the schema table") {
    CHECK(lines_of(corpus().search({"--format", "ids", "title:china"}).out).size() == 2);
    CHECK(lines_of(corpus().search({"--format", "ids", "author:dumont"}).out).size() == 1);
    CHECK(lines_of(corpus().search({"--format", "ids", "year:2023"}).out).size() == 1);
    CHECK(corpus().search({"--format", "ids", "zurich cafe"}).status == 0);
  }
}
