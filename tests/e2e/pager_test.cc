// Text output on a terminal goes through $PAGER, as git's does; not with
// --no-pager, not when stdout is no terminal, not for the other formats.
// The terminal is script(1)'s pseudo-terminal; the pager a script that
// records that it ran and what it was given.
#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

struct Paged {
  bool used = false;
  std::string text; /**< what the pager was given */
  RunResult run;
};

// news-search ARGS on the index of the sample corpus, with the recording
// pager; on a pseudo-terminal when `terminal`.
Paged search_with_pager(const std::string& args, bool terminal) {
  const Sandbox scratch;
  const fs::path record = scratch.dir() / "pager-used";
  const fs::path given = scratch.dir() / "pager-input";
  const fs::path pager = scratch.write("pager.sh", "#!/bin/sh\necho used >> '" + record.string() +
                                                       "'\ncat > '" + given.string() + "'\n");
  fs::permissions(pager, fs::perms::owner_exec, fs::perm_options::add);
  const std::string search = "PAGER=" + shell_quote(pager.string()) + " " +
                             shell_quote(NEWS_SEARCH_EXE) + " --db " +
                             shell_quote(indexed_sample_corpus().db().string()) + " " + args;
  Paged paged;
  paged.run = run_shell(terminal ? "script -qec " + shell_quote(search) + " /dev/null" : search,
                        scratch.dir());
  paged.used = fs::exists(record);
  paged.text = file_contents(given);
  if (paged.used) CHECK(file_contents(record) == "used\n");
  return paged;
}

} // namespace

TEST_SUITE("pager") {
  TEST_CASE("text output on a terminal goes through $PAGER, and the exit status is the search's") {
    const Paged paged = search_with_pager("china", true);
    CHECK(paged.run.status == 0);
    REQUIRE(paged.used);
    CHECK(paged.text.find("China") != std::string::npos);
    // All of it went to the pager, none to the terminal.
    CHECK(paged.run.out.find("China") == std::string::npos);
    CHECK(search_with_pager("zzzznotaword", true).run.status == 1);
  }

  TEST_CASE("--no-pager prints on the terminal itself") {
    const Paged paged = search_with_pager("--no-pager china", true);
    CHECK(paged.run.status == 0);
    CHECK_FALSE(paged.used);
    CHECK(paged.run.out.find("China") != std::string::npos);
  }

  TEST_CASE("output that is not on a terminal is not paged") {
    const Paged paged = search_with_pager("china", false);
    CHECK(paged.run.status == 0);
    CHECK_FALSE(paged.used);
    CHECK(paged.run.out.find("China") != std::string::npos);
  }

  TEST_CASE("only text is paged: not json, jsonl, ids or csv") {
    for (const std::string format : {"json", "jsonl", "ids", "csv"}) {
      CAPTURE(format);
      const Paged paged = search_with_pager("--format " + format + " china", true);
      CHECK(paged.run.status == 0);
      CHECK_FALSE(paged.used);
      CHECK(!paged.run.out.empty());
    }
  }

  TEST_CASE("a pager quit before the end stops the output quietly, with the search's status") {
    // More text than a pipe holds, to a pager that closes its input at once,
    // as less does when q is pressed: the rest is dropped, without an error.
    const Sandbox sandbox;
    for (int i = 0; i < 400; ++i)
      sandbox.write("a/" + std::to_string(i) + ".txt",
                    "Title: Harbour report number " + std::to_string(i) +
                        "\nDate: 2024-05-29\n\nThe harbour of Valletta saw ships arrive "
                        "and leave, cranes unload containers and pilots guide tankers.\n");
    REQUIRE(sandbox.index({"add", "-q", (sandbox.dir() / "a").string()}).status == 0);
    const std::string search = "PAGER=" + shell_quote("exec <&-; sleep 1") + " " +
                               shell_quote(NEWS_SEARCH_EXE) + " --db " +
                               shell_quote(sandbox.db().string()) + " --limit 0 harbour";
    const RunResult run = run_shell(
        "script -qec " + shell_quote(search) + " /dev/null; echo \"exit $?\"", sandbox.dir());
    CHECK(run.out.ends_with("exit 0\n"));
    CHECK(run.out.find("news-search:") == std::string::npos);
  }

  TEST_CASE("an empty $PAGER or cat means no pager") {
    const Sandbox scratch;
    const std::string search = shell_quote(NEWS_SEARCH_EXE) + " --db " +
                               shell_quote(indexed_sample_corpus().db().string()) + " china";
    for (const std::string pager : {"", "cat"}) {
      CAPTURE(pager);
      const RunResult run =
          run_shell("script -qec " + shell_quote("PAGER=" + pager + " " + search) + " /dev/null",
                    scratch.dir());
      CHECK(run.status == 0);
      CHECK(run.out.find("China") != std::string::npos);
    }
  }
}
