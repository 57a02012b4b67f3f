// Results end to end: sorting, output formats, counts, story collapse,
// histogram, spelling suggestions, more like this, terminal width.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const Sandbox& corpus() { return indexed_sample_corpus(); }

const Sandbox& stories() {
  static const Sandbox sandbox;
  static const int status =
      sandbox.index({"add", std::string(FIXTURES_DIR) + "/stories/wire-copies.jsonl"}).status;
  REQUIRE(status == 0);
  return sandbox;
}

std::string dates_of(const std::vector<std::string>& args) {
  const nlohmann::json json = nlohmann::json::parse(corpus().search(args).out);
  std::string dates;
  for (const auto& hit : json["hits"])
    dates += hit["date"].get<std::string>().substr(0, 10) + " ";
  return dates;
}

// A minimal RFC 4180 reader: rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += text[++i];
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

} // namespace

TEST_SUITE("e2e: results") {
  TEST_CASE("--sort newest and oldest order by date, relevance ties go to the newer") {
    const std::vector<std::string> may = {"--format", "json", "date:2024-05-01..2024-05-10"};
    auto with = [&](std::vector<std::string> extra) {
      extra.insert(extra.end(), may.begin(), may.end());
      return dates_of(extra);
    };
    CHECK(with({"--sort", "newest"}) == "2024-05-09 2024-05-08 2024-05-06 2024-05-02 2024-05-02 ");
    CHECK(with({"--sort", "oldest"}) == "2024-05-02 2024-05-02 2024-05-06 2024-05-08 2024-05-09 ");
    // A pure date filter gives every hit the same relevance: newer first.
    CHECK(with({}) == with({"--sort", "newest"}));
  }

  TEST_CASE("equal scores: the newer copy first") {
    // story-a1 and story-a3 are the same text, published a day apart.
    const auto ids =
        search_ids(stories(), {"--all-versions", "title:\"storm closes northern ports\""});
    REQUIRE(ids.size() == 2);
    CHECK(ids[0] == "story-a3");
    CHECK(ids[1] == "story-a1");
  }

  TEST_CASE("--format jsonl: one parseable hit per line") {
    RunResult run = corpus().search({"--format", "jsonl", "russia"});
    CHECK(run.status == 0);
    const auto lines = lines_of(run.out);
    REQUIRE(lines.size() >= 4);
    for (const std::string& line : lines) {
      const nlohmann::json hit = nlohmann::json::parse(line);
      CHECK(hit["id"].is_string());
      CHECK(hit.contains("snippet"));
    }
  }

  TEST_CASE("--format csv: a header and properly quoted fields") {
    RunResult run = corpus().search(
        {"--format", "csv", "--sort", "oldest", "title:\"voters go\" OR title:ferry"});
    CHECK(run.status == 0);
    const auto rows = parse_csv(run.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"id", "date", "title", "source", "url", "path"});
    CHECK(rows[1][2] == "Voters Go to the Polls in English Local Elections");
    CHECK(rows[1][1] == "2024-05-02T06:00:00Z");
    CHECK(rows[2][2] ==
          "Ferry Crews Walk Out Over Pay, Stranding Island Travellers"); // has a comma
    CHECK(rows[2][4] == "https://herald.example/ferry-strike");
  }

  TEST_CASE("--count prints the exact number only") {
    RunResult run = corpus().search({"--count", "russia"});
    CHECK(run.status == 0);
    CHECK(run.out == std::to_string(search_ids(corpus(), {"russia"}).size()) + "\n");
    RunResult none = corpus().search({"--count", "zeppelin"});
    CHECK(none.status == 1);
    CHECK(none.out == "0\n");
  }

  TEST_CASE("republished copies collapse into one hit with +N similar") {
    RunResult text = stories().search({"storm", "ports"});
    CHECK(text.out.find("+2 similar") != std::string::npos);
    const auto collapsed = search_ids(stories(), {"storm", "ports"});
    CHECK(collapsed.size() == 2); // story A (3 copies) and story B
    const auto all = search_ids(stories(), {"--all-versions", "storm", "ports"});
    CHECK(all.size() == 4);
    CHECK(stories().search({"--count", "storm", "ports"}).out == "2\n");
    CHECK(stories().search({"--count", "--all-versions", "storm", "ports"}).out == "4\n");
    const nlohmann::json json =
        nlohmann::json::parse(stories().search({"--format", "json", "storm", "ports"}).out);
    CHECK(json["total"] == 2);
    CHECK(json["hits"][0]["similar"] == 2);
    CHECK(json["hits"][1]["similar"] == 0);
  }

  TEST_CASE("one word: copies counted apart from the page, still exact") {
    // A single term has exact bounds, so the total is not from a full pass.
    CHECK(stories().search({"--count", "storm"}).out == "3\n");
    CHECK(stories().search({"--count", "--all-versions", "storm"}).out == "5\n");
    // Story A ranks second: its +2 comes from the pass over keyed matches.
    const nlohmann::json json = nlohmann::json::parse(
        stories().search({"--format", "json", "--offset", "1", "--limit", "1", "storm"}).out);
    CHECK(json["total"] == 3);
    CHECK(json["hits"][0]["similar"] == 2);
  }

  TEST_CASE("--histogram counts the whole matching set per period") {
    RunResult run = corpus().search(
        {"--format", "json", "--limit", "1", "--histogram", "month", "date:2024-03..2024-05"});
    const nlohmann::json json = nlohmann::json::parse(run.out);
    REQUIRE(json["histogram"].size() == 3);
    CHECK(json["histogram"][0] == nlohmann::json{{"period", "2024-03"}, {"count", 1}});
    CHECK(json["histogram"][1] == nlohmann::json{{"period", "2024-04"}, {"count", 3}});
    CHECK(json["histogram"][2] == nlohmann::json{{"period", "2024-05"}, {"count", 9}});
    CHECK(json["hits"].size() == 1);
    RunResult text = corpus().search({"--histogram", "year", "--limit", "0", "date:..2024"});
    CHECK(text.out.find("1987   1 ") != std::string::npos);
    CHECK(text.out.find("2000   0") != std::string::npos); // empty years are shown
    CHECK(text.out.find("2024  15 ") != std::string::npos);
  }

  TEST_CASE("did you mean: a close, common spelling for an unknown word") {
    RunResult run = corpus().search({"russai"});
    CHECK(run.status == 1);
    CHECK(run.err.find("did you mean: russia") != std::string::npos);
    const nlohmann::json json =
        nlohmann::json::parse(corpus().search({"--format", "json", "putn", "china"}).out);
    CHECK(json["did_you_mean"] == "putin china");
    const nlohmann::json fine =
        nlohmann::json::parse(corpus().search({"--format", "json", "putin"}).out);
    CHECK(fine["did_you_mean"].is_null());
  }

  TEST_CASE("bug: spelling suggestions break accented words") {
    for (const char* query : {"zürich", "Zürich café", "zürich franc"}) {
      CAPTURE(query);
      const RunResult run = corpus().search({"--format", "json", query});
      CHECK(run.status == 0);
      CHECK(nlohmann::json::parse(run.out)["did_you_mean"].is_null());
    }
    // A word that is not in the index is corrected whole, the others kept.
    const nlohmann::json json =
        nlohmann::json::parse(corpus().search({"--format", "json", "zürich putn"}).out);
    CHECK(json["did_you_mean"] == "zürich putin");
  }

  TEST_CASE("--like finds articles about the same things, not itself") {
    const std::string seed = std::string(SAMPLE_CORPUS_DIR) + "/putin-china-visit.txt";
    const auto similar = search_ids(corpus(), {"--like", seed});
    REQUIRE(similar.size() >= 3);
    CHECK(std::find(similar.begin(), similar.end(), seed) == similar.end());
    // The closest are about Russia and China, not football or heatwaves.
    const std::string first = similar[0] + " " + similar[1];
    CHECK((first.find("nato-summit") != std::string::npos ||
           first.find("xi-visit") != std::string::npos));
    const auto filtered = search_ids(corpus(), {"--like", seed, "date:2024-07"});
    CHECK(filtered ==
          std::vector<std::string>{std::string(SAMPLE_CORPUS_DIR) + "/nato-summit-washington.txt"});
  }

  TEST_CASE("text output fits the width given by COLUMNS when not on a terminal") {
    RunResult run = run_shell("COLUMNS=60 " + shell_quote(NEWS_SEARCH_EXE) + " --db " +
                                  shell_quote(corpus().db().string()) + " --limit 0 russia",
                              corpus().dir());
    CHECK(run.status == 0);
    CHECK(lines_of(run.out).size() >= 4); // the loop below checks something
    for (const std::string& line : lines_of(run.out)) {
      CAPTURE(line);
      std::size_t columns = 0;
      for (char c : line)
        columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      CHECK(columns <= 60);
    }
  }
}
