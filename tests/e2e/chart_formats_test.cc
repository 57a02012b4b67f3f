// The histogram and facets in every output format, or an error that says
// where they are (searcher/chart_formats.hh, docs/output-format.md): whole
// outputs compared with their golden files (tests/golden/charts).
// NEWS_UPDATE_GOLDEN=1 writes the golden files instead (and fails, so that
// they are read before committing).
#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(FIXTURES_DIR).parent_path() / "golden" / "charts";

void check_golden(const std::string& name, const std::string& actual) {
  news::test::check_golden(kGolden, name, actual);
}

// `news-search ARGS` over the sample corpus: the line, its exit status, stdout, stderr.
std::string run(const std::vector<std::string>& args) {
  std::string line = "$ news-search";
  for (const std::string& arg : args)
    line += " " + arg;
  const RunResult result = indexed_sample_corpus().search(args);
  return line + "\nexit " + std::to_string(result.status) + "\n" + result.out + "--- stderr\n" +
         result.err;
}

} // namespace

TEST_SUITE("chart_formats") {
  TEST_CASE("with --no-hits, CSV is the histogram or the facets as a table") {
    check_golden("histogram.csv",
                 run({"--format", "csv", "--no-hits", "--histogram", "month", "putin"}));
    check_golden("facets.csv",
                 run({"--format", "csv", "--no-hits", "--facets", "--facet-limit", "3", "russia"}));
  }

  TEST_CASE("bug: --histogram and --facets were dropped in silence by csv, jsonl, ids, --count") {
    std::string all;
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--format", "csv", "--histogram", "month", "putin"},
             {"--format", "csv", "--no-hits", "--histogram", "month", "--facets", "putin"},
             {"--format", "jsonl", "--facets", "putin"},
             {"--format", "ids", "--histogram", "year", "putin"},
             {"--count", "--histogram", "year", "putin"},
             {"--format", "json", "--no-hits", "--histogram", "year", "--facets", "--facet-limit",
              "1", "putin"}})
      all += run(args);
    check_golden("refusals.txt", all);
  }
}
