// What `news-index inspect` prints for each feed fixture (tests/fixtures/feeds,
// one feature of feedparser's each) is its golden file (tests/golden/feeds):
// the articles a user sees, then the warnings. NEWS_UPDATE_GOLDEN=1 writes
// the golden files instead (and fails, so that they are read before committing).
#include <algorithm>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kFeeds = fs::path(FIXTURES_DIR) / "feeds";
const fs::path kGolden = golden_folder("feeds");

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// The output, with the fixtures folder written `$FEEDS` (checkouts differ).
std::string inspected(const Sandbox& sandbox, const fs::path& feed) {
  const RunResult run = sandbox.index({"inspect", feed.string()});
  return replaced(transcript(run), kFeeds.string(), "$FEEDS");
}

} // namespace

TEST_SUITE("feed golden files") {
  TEST_CASE("inspect of every feed fixture prints its golden file") {
    const Sandbox sandbox;
    const std::vector<fs::path> feeds = files_in(kFeeds);
    REQUIRE(feeds.size() >= 10);
    for (const fs::path& feed : feeds) {
      CAPTURE(feed.filename().string());
      check_golden(kGolden / (feed.filename().string() + ".txt"), inspected(sandbox, feed));
    }
  }

  TEST_CASE("every golden file has its feed fixture") {
    for (const fs::path& golden : files_in(kGolden)) {
      CAPTURE(golden.filename().string());
      CHECK(fs::exists(kFeeds / golden.stem()));
    }
  }
}
