// A compact or a parallel first build swaps a new database into the index
// folder table by table: stopped half way (SIGKILL, power lost), the next
// writer finishes the swap rather than losing the new tables.
#include <csignal>
#include <set>

#include <doctest/doctest.h>

#include "common/swap_marks.hh"
#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

unsigned tables_in(const fs::path& db) {
  unsigned tables = 0;
  for (const auto& entry : fs::directory_iterator(db))
    tables += entry.path().extension() == ".glass" ? 1 : 0;
  return tables;
}

std::string index_command(const Sandbox& sandbox, const std::string& args) {
  return shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(sandbox.db().string()) + " " + args;
}

bool xapian_check_passes(const Sandbox& sandbox) {
  return run_shell("xapian-check " + shell_quote(sandbox.db().string()), sandbox.dir()).status == 0;
}

// The sample corpus, one commit per article: its compacted tables are laid
// out unlike the old ones, which the old version file cannot read (with one
// commit they may happen to match).
bool index_in_many_commits(const Sandbox& sandbox) {
  return sandbox.index({"add", "--jobs", "1", "--batch-size", "1", SAMPLE_CORPUS_DIR}).status == 0;
}

// What news-search counts for a query, or the error it gives.
std::string count_of_search(const Sandbox& sandbox, const std::string& query) {
  const RunResult run = sandbox.search({"--count", query});
  return run.status == 0 ? run.out : "status " + std::to_string(run.status) + ": " + run.err;
}

// The "articles: N" line of `news-index stats`.
std::string sandbox_stats_articles(const Sandbox& sandbox) {
  const std::string out = sandbox.index({"stats"}).out;
  const std::size_t start = out.find("articles:");
  if (start == std::string::npos) return out;
  return out.substr(start, out.find('\n', start) - start);
}

// Stops `command` after it has moved `kill_after` tables of its swap, then
// checks what a reader and the next writer make of the index.
void kill_swap_then_sync(bool new_index, const std::string& command, const std::string& scratch,
                         unsigned kill_after) {
  CAPTURE(command);
  CAPTURE(kill_after);
  const Sandbox& reference = indexed_sample_corpus();
  const std::string all_oil = count_of_search(reference, "oil");
  const std::string all_dated = count_of_search(reference, "date:1900..2100");
  REQUIRE(all_oil == "1\n");
  REQUIRE(all_dated != "0\n");
  const std::string all_stats = sandbox_stats_articles(reference);
  REQUIRE(all_stats == "articles:       19");

  Sandbox sandbox;
  if (new_index) {
    fs::create_directories(sandbox.dir() / "empty");
    REQUIRE(sandbox.index({"add", (sandbox.dir() / "empty").string()}).status == 0);
  } else {
    REQUIRE(index_in_many_commits(sandbox));
  }
  const RunResult killed = run_shell("NEWS_TEST_KILL_DURING_SWAP=" + std::to_string(kill_after) +
                                         " " + index_command(sandbox, command),
                                     sandbox.dir());
  REQUIRE(killed.status == 128 + SIGKILL);
  REQUIRE(fs::exists(sandbox.db() / scratch / news::kSwapReadyMark));

  // A reader writes nothing, and says what is going on.
  const std::string before = listing(sandbox.db());
  const RunResult search = sandbox.search({"--count", "oil"});
  CHECK(search.status == 2);
  CHECK(search.err.starts_with("news-search: the index at " + sandbox.db().string() +
                               " is being swapped in: "));
  CHECK(sandbox.index({"stats"}).status == 2);
  CHECK(listing(sandbox.db()) == before);

  // The next writer finishes the swap.
  const RunResult sync = sandbox.index({"sync", "--quiet"});
  CHECK(sync.status == 0);
  CHECK(sync.err == "");
  CHECK(count_of_search(sandbox, "oil") == all_oil);
  CHECK(count_of_search(sandbox, "date:1900..2100") == all_dated);
  CHECK(sandbox_stats_articles(sandbox) == all_stats);
  CHECK(xapian_check_passes(sandbox));
  CHECK(!fs::exists(sandbox.db() / scratch));
  CHECK(tables_in(sandbox.db()) == tables_in(reference.db()));
}

} // namespace

TEST_SUITE("e2e: crash-safe swap") {
  TEST_CASE("bug: a swap killed half way leaves a mixed index and the next writer loses it") {
    const unsigned all_tables = tables_in(indexed_sample_corpus().db());
    for (unsigned kill_after : {1u, all_tables}) {
      kill_swap_then_sync(false, "compact", ".compacting", kill_after);
      kill_swap_then_sync(true, "add --jobs 2 " SAMPLE_CORPUS_DIR, ".merging", kill_after);
    }
  }

  TEST_CASE("a swap killed half way is finished once when two writers start together") {
    const std::string all_oil = count_of_search(indexed_sample_corpus(), "oil");
    Sandbox sandbox;
    REQUIRE(index_in_many_commits(sandbox));
    REQUIRE(run_shell("NEWS_TEST_KILL_DURING_SWAP=2 " + index_command(sandbox, "compact"),
                      sandbox.dir())
                .status == 128 + SIGKILL);
    // Both finish the swap before they open the index (in any order, or
    // side by side), then take turns with the lock.
    const std::string sync = index_command(sandbox, "sync --quiet --lock-timeout 60");
    const RunResult both =
        run_shell(sync + " & " + sync + " & wait -n; first=$?; wait -n; exit $((first * 10 + $?))",
                  sandbox.dir());
    CHECK(both.status == 0);
    CHECK(both.err == "");
    CHECK(count_of_search(sandbox, "oil") == all_oil);
    CHECK(xapian_check_passes(sandbox));
    CHECK(!fs::exists(sandbox.db() / ".compacting"));
  }

  TEST_CASE("a compact after a killed one finishes the swap, then compacts") {
    const std::string all_oil = count_of_search(indexed_sample_corpus(), "oil");
    Sandbox sandbox;
    REQUIRE(index_in_many_commits(sandbox));
    REQUIRE(run_shell("NEWS_TEST_KILL_DURING_SWAP=1 " + index_command(sandbox, "compact"),
                      sandbox.dir())
                .status == 128 + SIGKILL);
    CHECK(sandbox.index({"compact", "--quiet"}).status == 0);
    CHECK(count_of_search(sandbox, "oil") == all_oil);
    CHECK(xapian_check_passes(sandbox));
    CHECK(!fs::exists(sandbox.db() / ".compacting"));
  }
}
