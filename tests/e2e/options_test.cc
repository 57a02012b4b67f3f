// The options of both executables as a user meets them: each one refuses a
// value it does not take with one line and exit status 2, whatever command
// takes it, and prints nothing else.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

// Refused in one line naming the option, with usage's exit status, before any output.
void check_refused(const RunResult& run, const std::string& message) {
  CHECK(run.status == 2);
  CHECK(run.out == "");
  CHECK(run.err == message + "\n");
}

} // namespace

TEST_SUITE("options") {
  TEST_CASE("bug: news-index sources --format xml silently prints text") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    check_refused(sandbox.index({"sources", "--format", "xml"}),
                  "news-index: sources: --format must be text or json, not 'xml'");
    check_refused(sandbox.index({"sources", "--failed", "--format", "jsonl"}),
                  "news-index: sources: --format must be text or json, not 'jsonl'");
    // What it takes still works.
    CHECK(sandbox.index({"sources", "--format", "json"}).out.starts_with("[\n"));
    CHECK(sandbox.index({"sources", "--format", "text"}).out.starts_with(SAMPLE_CORPUS_DIR));
  }

  TEST_CASE("bug: news-index stats --format xml silently prints text") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    check_refused(sandbox.index({"stats", "--format", "xml"}),
                  "news-index: stats: --format must be text or json, not 'xml'");
    CHECK(sandbox.index({"stats", "--format", "json"}).out.starts_with("{\n"));
    CHECK(sandbox.index({"stats"}).out.starts_with("database:"));
  }

  TEST_CASE("bug: news-index compact --log-format xml is taken and ignored") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    check_refused(sandbox.index({"compact", "--log-format", "xml"}),
                  "news-index: --log-format must be text or json, not 'xml'");
  }

  TEST_CASE("--format takes, in each command, the formats it prints") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    const std::string file = std::string(SAMPLE_CORPUS_DIR) + "/champions-league-final.txt";
    check_refused(sandbox.index({"inspect", "--format", "json", file}),
                  "news-index: inspect: --format must be text or jsonl, not 'json'");
    check_refused(sandbox.search({"--format", "xml", "oil"}),
                  "news-search: --format: unknown value 'xml' (expected text, json, jsonl, ids, "
                  "csv)");
    // A format one command prints is not taken by a command that does not print it.
    check_refused(sandbox.index({"stats", "--format", "csv"}),
                  "news-index: stats: --format must be text or json, not 'csv'");
    CHECK(sandbox.index({"inspect", "--format", "jsonl", file}).status == 0);
    CHECK(sandbox.search({"--format", "csv", "oil"}).status == 0);
  }

  TEST_CASE("--db is taken by every command, before or after the command's name") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    const std::string db = sandbox.db().string();
    // Sandbox::index gives --db before the command; here it comes after.
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"stats", "--db", db},
                                               {"sources", "--db", db},
                                               {"sync", "--db", db},
                                               {"compact", "--db", db, "--quiet"},
                                               {"inspect", "--db", db, SAMPLE_CORPUS_DIR}}) {
      CAPTURE(args.front());
      std::string command = shell_quote(NEWS_INDEX_EXE);
      for (const std::string& arg : args)
        command += " " + shell_quote(arg);
      const RunResult run = run_shell(command, sandbox.dir());
      CHECK(run.status == 0);
    }
  }
}

TEST_SUITE("conventions") {
  TEST_CASE("--version names the program, its version, Xapian's and the index schema") {
    Sandbox sandbox;
    for (const RunResult& run : {sandbox.index({"--version"}), sandbox.search({"--version"})}) {
      CHECK(run.status == 0);
      CHECK(run.err == "");
      CHECK(run.out.find(" (Xapian 1.4.") != std::string::npos);
      CHECK(run.out.ends_with(", index schema 4)\n"));
    }
    CHECK(sandbox.index({"--version"}).out.starts_with("news-index 0.1.0 "));
    CHECK(sandbox.search({"--version"}).out.starts_with("news-search 0.1.0 "));
  }

  TEST_CASE("a mistyped field is refused in the words a user sees") {
    const RunResult run = indexed_sample_corpus().search({"persons:putin"});
    CHECK(run.status == 2);
    CHECK(run.out == "");
    CHECK(run.err.starts_with("news-search: unknown field 'persons:' (fields: title:, "));
    CHECK(run.err.ends_with("\nnews-search: hint: did you mean person:?\n"));
  }

  TEST_CASE("on a terminal matches are bold, unless $NO_COLOR is set (no-color.org)") {
    const Sandbox& sandbox = indexed_sample_corpus();
    // `script` runs the search on a pseudo-terminal, as a user's shell would;
    // without a pager, whose own escapes are not news-search's.
    const std::string search = shell_quote(NEWS_SEARCH_EXE) + " --no-pager --db " +
                               shell_quote(sandbox.db().string()) + " putin";
    auto on_terminal = [&](const std::string& env) {
      return run_shell(env + "script -qec " + shell_quote(search) + " /dev/null", sandbox.dir());
    };
    const RunResult plain_env = on_terminal("");
    REQUIRE(plain_env.status == 0);
    CHECK(plain_env.out.find("\x1b[1m") != std::string::npos);
    const RunResult no_color = on_terminal("NO_COLOR=1 ");
    REQUIRE(no_color.status == 0);
    CHECK(no_color.out.find("Putin") != std::string::npos);
    CHECK(no_color.out.find("\x1b[") == std::string::npos);
    // An empty NO_COLOR is unset; --color always wins over it.
    CHECK(on_terminal("NO_COLOR= ").out.find("\x1b[1m") != std::string::npos);
    const RunResult forced = run_shell("NO_COLOR=1 " + search + " --color always", sandbox.dir());
    CHECK(forced.out.find("\x1b[1m") != std::string::npos);
  }

  TEST_CASE("--no-hits: the chart and the facets alone, with the total") {
    const Sandbox& sandbox = indexed_sample_corpus();
    const RunResult with = sandbox.search({"--histogram", "year", "--facets", "putin"});
    const RunResult without =
        sandbox.search({"--histogram", "year", "--facets", "--no-hits", "putin"});
    REQUIRE(with.status == 0);
    REQUIRE(without.status == 0);
    // The same chart and facets, then the count where the hits were.
    const std::size_t hits_start = with.out.find("  1. ");
    REQUIRE(hits_start != std::string::npos);
    const std::string total = with.out.substr(with.out.rfind(" of ") + 4);
    CHECK(without.out == with.out.substr(0, hits_start) + total);
    const RunResult json = sandbox.search({"--no-hits", "--format", "json", "putin"});
    CHECK(json.out.find("\"hits\": []") != std::string::npos);
    CHECK(sandbox.search({"--no-hits", "nosuchwordanywhere"}).status == 1);
  }
}
