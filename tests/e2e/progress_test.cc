// The progress of an indexing run (indexer/progress_line.hh), shown off a
// terminal with NEWS_PROGRESS=1: bytes of the files to read, within a file.
#include <algorithm>
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
    // The lines of the bytes read (the steps after them, merging and grouping, aside).
    std::vector<std::string> lines;
    for (const std::string& line : progress_lines(run.err))
      if (line.find(" MB (") != std::string::npos) lines.push_back(line);
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

  TEST_CASE("bug: the progress line went silent while a parallel build merged and grouped") {
    Sandbox s;
    // Copies of a few stories, for the grouping to find.
    std::string records;
    for (int i = 0; i < 300; ++i)
      records += "{\"id\": \"w" + std::to_string(i) +
                 "\", \"title\": \"Copper\", \"body\": \"Copper rose " + std::to_string(i % 7) +
                 " points today on the exchange in London.\"}\n";
    s.write("w.jsonl", records);
    const RunResult run = index_with_progress(s, "add --jobs 2 w.jsonl");
    REQUIRE(run.status == 0);
    const std::vector<std::string> lines = progress_lines(run.err);
    const auto last_file = std::find_if(lines.begin(), lines.end(), [](const std::string& line) {
      return line.find("1/1 files") != std::string::npos;
    });
    REQUIRE(last_file != lines.end());
    const std::vector<std::string> after(last_file + 1, lines.end());
    CAPTURE(run.err);
    // Each table of the merge, then each step of the grouping, to its end.
    CHECK(std::count_if(after.begin(), after.end(), [](const std::string& line) {
            return std::regex_match(
                line, std::regex(R"(add: merging shards: \w+ table, \d of 6 \(\d+%\))"));
          }) >= 4);
    for (const char* step : {"exact copies", "near copies", "keys"}) {
      CAPTURE(step);
      CHECK(std::any_of(after.begin(), after.end(), [&](const std::string& line) {
        return std::regex_match(line, std::regex(std::string("add: grouping stories: ") + step +
                                                 R"(, (\d+) of \1 \(100%\))"));
      }));
    }
  }

  TEST_CASE("a sharded index's run shows its regrouping, of the stories it touched") {
    Sandbox s;
    const std::string stub = (s.dir() / "news.stub").string();
    REQUIRE(run_shell(shell_quote(NEWS_INDEX_EXE) + " init --shards 2 --db " + shell_quote(stub),
                      s.dir())
                .status == 0);
    const auto index = [&](const std::string& args) {
      return run_shell("NEWS_PROGRESS=1 " + shell_quote(NEWS_INDEX_EXE) + " --db " +
                           shell_quote(stub) + " " + args,
                       s.dir());
    };
    for (int i = 0; i < 40; ++i)
      s.write("copy" + std::to_string(i) + ".txt",
              "Copper\n\nCopper rose again today on the exchange in London, traders said.\n");
    const RunResult first = index("add .");
    REQUIRE(first.status == 0);
    // The first run touched every article: one pass over the whole.
    CHECK(first.err.find("add: grouping stories: near copies, ") != std::string::npos);
    s.write("copy40.txt",
            "Copper\n\nCopper rose again today on the exchange in London, traders said.\n");
    const RunResult second = index("sync");
    REQUIRE(second.status == 0);
    CAPTURE(second.err);
    const std::vector<std::string> lines = progress_lines(second.err);
    REQUIRE(!lines.empty());
    CHECK(std::regex_match(
        lines.back(), std::regex(R"(sync: grouping the stories touched, (\d+) of \1 \(100%\))")));
    CHECK(second.err.find("grouping stories: near copies") == std::string::npos);
  }
}
