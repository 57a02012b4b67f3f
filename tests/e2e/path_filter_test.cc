// path: and folder: match a file, or a folder and everything under it
// (searcher/path_filter.hh, the folder terms of common/schema.hh).
#include <doctest/doctest.h>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

// An archive of five articles in folders of years and months, and a second
// source with a 2024/03 of its own; indexed.
struct Archive {
  Sandbox s;
  Archive() {
    s.write("archive/reuters/2024/03/a.txt", "Copper rises\n\nCopper rose in March.\n");
    s.write("archive/reuters/2024/03/late/b.txt", "Copper again\n\nCopper rose once more.\n");
    s.write("archive/reuters/2024/04/c.txt", "Copper falls\n\nCopper fell in April.\n");
    s.write("archive/ap/2024/03/d.txt", "Copper news\n\nCopper was news.\n");
    s.write("archive/reuters/2024/030/e.txt", "Copper odd\n\nCopper in a folder 030.\n");
    const RunResult run = s.index({"add", (s.dir() / "archive").string()});
    REQUIRE(run.status == 0);
  }
  // The names of the files matched, sorted.
  std::string files(const std::string& query, const std::string& cwd = "") const {
    const std::string line = "cd " + shell_quote((s.dir() / cwd).string()) + " && " +
                             shell_quote(NEWS_SEARCH_EXE) + " --db " + shell_quote(s.db()) +
                             " --format csv --fields path --limit 0 " + shell_quote(query) +
                             " | tail -n +2 | tr -d '\\r' | sed 's,.*/,,' | sort | tr '\\n' ' '";
    const RunResult run = run_shell(line, s.dir());
    CHECK(run.err.empty());
    return run.out;
  }
  std::string root() const { return (s.dir() / "archive").string(); }
};

} // namespace

TEST_SUITE("path_filter") {
  TEST_CASE("bug: path: of a folder matched nothing, it matches everything under it") {
    const Archive a;
    CHECK(a.files("copper path:" + a.root() + "/reuters/2024/03") == "a.txt b.txt ");
    CHECK(a.files("copper path:" + a.root() + "/reuters/2024/03/") == "a.txt b.txt ");
    CHECK(a.files("path:" + a.root() + "/reuters") == "a.txt b.txt c.txt e.txt ");
    CHECK(a.files("path:" + a.root() + "/reuters/2024/03/a.txt") == "a.txt ");
    CHECK(a.files("path:" + a.root() + "/reuters/2024/0") == "");
    CHECK(a.files("path:" + a.root() + "//reuters/./2024/late/../04") == "c.txt ");
  }

  TEST_CASE("a relative path: is relative to the current directory, as in the shell") {
    const Archive a;
    CHECK(a.files("path:reuters/2024/03", "archive") == "a.txt b.txt ");
    CHECK(a.files("path:2024/03/a.txt", "archive/reuters") == "a.txt ");
    CHECK(a.files("path:.", "archive/ap") == "d.txt ");
    CHECK(a.files("path:2024/03", "archive") == "");
  }

  TEST_CASE("folder: takes a whole path, or the end of one, matching every folder so named") {
    const Archive a;
    CHECK(a.files("folder:2024/03") == "a.txt b.txt d.txt ");
    CHECK(a.files("folder:03/") == "a.txt b.txt d.txt ");
    CHECK(a.files("folder:late") == "b.txt ");
    CHECK(a.files("folder:ap/2024") == "d.txt ");
    CHECK(a.files("folder:" + a.root() + "/ap") == "d.txt ");
    CHECK(a.files("folder:2024/03 OR folder:2024/04") == "a.txt b.txt c.txt d.txt ");
    CHECK(a.files("copper -folder:reuters") == "d.txt ");
    // a file is no folder
    CHECK(a.files("folder:a.txt") == "");
  }

  TEST_CASE("folder: going above its start, or empty, is an error") {
    const Archive a;
    const RunResult up = a.s.search({"folder:../x"});
    CHECK(up.status == 2);
    CHECK(up.err.starts_with("news-search: '../x' goes above the folder it starts from\n"));
  }

  TEST_CASE("an index made before folder terms refuses folder:, and path: finds a whole file") {
    const Archive a;
    {
      Xapian::WritableDatabase db(a.s.db().string(), Xapian::DB_OPEN);
      std::string features = db.get_metadata("features");
      const std::size_t at = features.find("folder-terms\t");
      REQUIRE(at != std::string::npos);
      features.erase(at, features.find('\n', at) + 1 - at);
      db.set_metadata("features", features);
      db.commit();
    }
    CHECK(a.files("path:" + a.root() + "/ap/2024/03/d.txt") == "d.txt ");
    const RunResult folder = a.s.search({"folder:2024"});
    CHECK(folder.status == 2);
    CHECK(folder.err ==
          "news-search: folder:2024: this index has no folder terms (made before "
          "them)\nnews-search: hint: rebuild it: remove it and run news-index add again\n");
  }
}
