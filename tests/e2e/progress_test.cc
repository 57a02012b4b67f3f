// The progress of an indexing run (indexer/progress_line.hh), shown off a
// terminal with NEWS_PROGRESS=1: bytes of the files to read, within a file.
#include <regex>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

// `news-index --db DB ARGS...` with the progress lines on.
RunResult index_with_progress(const Sandbox& s, const std::string& args) {
  return run_shell("NEWS_PROGRESS=1 " + shell_quote(NEWS_INDEX_EXE) + " --db " +
                       shell_quote(s.db().string()) + " " + args,
                   s.dir());
}

// The progress lines of stderr, their leading seconds taken off.
std::vector<std::string> progress_lines(const std::string& err) {
  std::vector<std::string> lines;
  const std::regex seconds(R"(^\d+\.\d\d s: )");
  for (const std::string& line : lines_of(err)) {
    std::smatch match;
    if (std::regex_search(line, match, seconds)) lines.push_back(match.suffix());
  }
  return lines;
}

} // namespace

TEST_SUITE("progress") {
  TEST_CASE("bug: one large JSON Lines file showed no progress until it was done") {
    Sandbox s;
    // 40,000 records, 2.7 MB.
    REQUIRE(run_shell("yes '{\"title\": \"Copper\", \"body\": \"Copper rose again today on the "
                      "exchange.\"}' | head -n 40000 > big.jsonl",
                      s.dir())
                .status == 0);
    const RunResult run = index_with_progress(s, "add big.jsonl");
    REQUIRE(run.status == 0);
    const std::vector<std::string> lines = progress_lines(run.err);
    REQUIRE(lines.size() >= 2);
    // The first as the first chunk is read: within the file, none done yet.
    CHECK(std::regex_match(
        lines.front(), std::regex(R"(add: 0\.1 of 2\.7 MB \(2%\), 0/1 files, \d+ articles/s)")));
    // The last: all of it, the estimate at 0.
    CHECK(std::regex_match(
        lines.back(),
        std::regex(R"(add: 2\.7 of 2\.7 MB \(100%\), 1/1 files, \d+ articles/s, about 0 s left)")));
    // Bytes only grow.
    double before = 0;
    for (const std::string& line : lines) {
      const double read = std::stod(line.substr(5));
      CHECK(read >= before);
      before = read;
    }
  }

  TEST_CASE("unchanged files are no bytes to read") {
    Sandbox s;
    s.write("a.txt", "Alpha\n\nAbout an aardvark.\n");
    s.write("b.txt", "Beta\n\nAbout a badger.\n");
    REQUIRE(s.index({"add", (s.dir() / "a.txt").string()}).status == 0);
    const RunResult run = index_with_progress(s, "add a.txt b.txt");
    REQUIRE(run.status == 0);
    const std::vector<std::string> lines = progress_lines(run.err);
    REQUIRE(!lines.empty());
    CHECK(lines.back().starts_with("add: 0.0 of 0.0 MB (100%), 2/2 files, "));
  }
}
