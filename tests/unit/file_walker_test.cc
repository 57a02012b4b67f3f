#include "indexer/file_walker.hh"

#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;
namespace fs = std::filesystem;

namespace {

// The problems reported, in order.
struct ProblemList : ProblemSink {
  std::vector<Problem> list;
  void problem(const Problem& problem) override { list.push_back(problem); }
};

std::vector<std::string> names(const std::vector<fs::path>& files, const fs::path& base) {
  std::vector<std::string> out;
  for (const fs::path& f : files)
    out.push_back(fs::relative(f, base).string());
  return out;
}

} // namespace

TEST_SUITE("file_walker") {
  TEST_CASE("an excluded folder (the database) is not entered") {
    TempDir dir;
    dir.write("a.txt", "text\n");
    dir.write("db/postlist.glass", "text\n");
    ProblemList problems;
    auto files = collect_files({dir.path}, {dir.path / "db"}, problems);
    CHECK(names(files, dir.path) == std::vector<std::string>{"a.txt"});
  }

  TEST_CASE("folders are walked recursively in order, hidden entries skipped") {
    TempDir dir;
    dir.write("b.txt", "text\n");
    dir.write("a/z.txt", "text\n");
    dir.write("a/y.txt", "text\n");
    dir.write(".hidden.txt", "text\n");
    dir.write(".git/objects/x.txt", "text\n");
    ProblemList problems;
    auto files = collect_files({dir.path}, {}, problems);
    CHECK(names(files, dir.path) == std::vector<std::string>{"a/y.txt", "a/z.txt", "b.txt"});
    CHECK(problems.list.empty());
  }

  TEST_CASE("a file named twice or under two roots is listed once") {
    TempDir dir;
    dir.write("sub/a.txt", "text\n");
    ProblemList problems;
    auto files = collect_files({dir.path, dir.path / "sub", dir.path / "sub/a.txt"}, {}, problems);
    CHECK(files.size() == 1);
    CHECK(problems.list.empty());
  }

  TEST_CASE("a missing path and a symlink loop are reported, the rest goes on") {
    TempDir dir;
    dir.write("ok.txt", "text\n");
    fs::create_directory_symlink(dir.path, dir.path / "loop");
    ProblemList problems;
    auto files = collect_files({dir.path / "missing.txt", dir.path}, {}, problems);
    CHECK(names(files, dir.path) == std::vector<std::string>{"ok.txt"});
    REQUIRE(problems.list.size() == 2);
    CHECK(problems.list[0].path.ends_with("missing.txt"));
    CHECK(problems.list[1].message.find("symlink loop") != std::string::npos);
  }
}
