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

std::vector<IgnoreRule> rules(std::initializer_list<const char*> patterns) {
  std::vector<IgnoreRule> out;
  for (const char* text : patterns)
    out.push_back({*IgnorePattern::parse(text), "test"});
  return out;
}

WalkRules with_defaults() {
  WalkRules walk;
  walk.ignore_files = true;
  walk.sets.push_back({{}, default_ignore_rules()});
  return walk;
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

// The ignore rules in a walk (ignore_rules.hh): the defaults, patterns of the
// config, .newsignore files at every depth, exclusions.
TEST_SUITE("ignore_rules") {
  TEST_CASE("the defaults skip what is never an article, whatever its case") {
    TempDir dir;
    for (const char* name : {"README.md", "LICENSE", "ChangeLog.txt", "run.sh", "site.css",
                             "photo.JPG", "clip.mp4", "old.zip", "dump.tar.gz", "report.pdf",
                             "notes.docx", "story.txt", "feed.xml", "wire.jsonl.gz", "page.html"})
      dir.write(std::string("a/") + name, "x\n");
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, with_defaults(), problems);
    CHECK(names(walked.files, dir.path) ==
          std::vector<std::string>{"a/feed.xml", "a/page.html", "a/story.txt", "a/wire.jsonl.gz"});
    CHECK(walked.skipped.size() == 11);
    CHECK(problems.list.empty());
  }

  TEST_CASE("a file named on the command line is read whatever the rules say") {
    TempDir dir;
    const fs::path readme = dir.write("README.txt", "x\n");
    ProblemList problems;
    const WalkedFiles walked = walk_files({readme}, {}, with_defaults(), problems);
    CHECK(walked.files == std::vector<fs::path>{readme});
    CHECK(walked.skipped.empty());
  }

  TEST_CASE(".newsignore files: anchored, folders only, negation, deeper files win") {
    TempDir dir;
    dir.write(".newsignore", "# drafts and raw feeds\n/drafts/\n*.tmp\nraw/\n");
    dir.write("drafts/a.txt", "x\n");
    dir.write("2024/drafts/b.txt", "x\n"); // /drafts/ is anchored: this one is read
    dir.write("2024/c.tmp", "x\n");
    dir.write("2024/raw/d.txt", "x\n");
    dir.write("2024/keep/.newsignore", "!*.tmp\n");
    dir.write("2024/keep/e.tmp", "x\n");
    dir.write("2024/keep/README", "x\n");
    dir.write("2024/keep/f.txt", "x\n");
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, with_defaults(), problems);
    CHECK(names(walked.files, dir.path) ==
          std::vector<std::string>{"2024/drafts/b.txt", "2024/keep/e.tmp", "2024/keep/f.txt"});
    std::vector<std::string> skipped;
    for (const SkippedPath& s : walked.skipped)
      skipped.push_back(fs::relative(s.path, dir.path).string() + (s.folder ? "/" : "") + " " +
                        s.pattern + " " + fs::path(s.origin).filename().string());
    CHECK(skipped == std::vector<std::string>{
                         "2024/c.tmp *.tmp .newsignore:3", "2024/keep/README README default",
                         "2024/raw/ raw/ .newsignore:4", "drafts/ /drafts/ .newsignore:2"});
  }

  TEST_CASE("a ! pattern of the config re-includes what a default skips") {
    TempDir dir;
    dir.write("README.txt", "x\n");
    dir.write("x.css", "x\n");
    WalkRules walk = with_defaults();
    walk.sets.push_back({{}, rules({"!README.txt"})});
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, walk, problems);
    CHECK(names(walked.files, dir.path) == std::vector<std::string>{"README.txt"});
  }

  TEST_CASE("a rule set with a base applies under that folder only") {
    TempDir dir;
    dir.write("a/x.bak", "x\n");
    dir.write("b/x.bak", "x\n");
    WalkRules walk;
    walk.sets.push_back({dir.path / "b", rules({"*.bak"})});
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, walk, problems);
    CHECK(names(walked.files, dir.path) == std::vector<std::string>{"a/x.bak"});
  }

  TEST_CASE("excluded paths are left out without being listed as skipped") {
    TempDir dir;
    dir.write("a.txt", "x\n");
    dir.write("b.txt", "x\n");
    dir.write("old/c.txt", "x\n");
    WalkRules walk;
    walk.excluded = {(dir.path / "b.txt").string(), (dir.path / "old").string()};
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, walk, problems);
    CHECK(names(walked.files, dir.path) == std::vector<std::string>{"a.txt"});
    CHECK(walked.skipped.empty());
  }

  TEST_CASE("patterns match the path as walked, through a symlinked folder too") {
    TempDir dir;
    dir.write("elsewhere/x.tmp", "x\n");
    dir.write("elsewhere/y.txt", "x\n");
    fs::create_directories(dir.path / "root");
    fs::create_directory_symlink(dir.path / "elsewhere", dir.path / "root/link");
    WalkRules walk;
    walk.sets.push_back({{}, rules({"/link/*.tmp"})});
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path / "root"}, {}, walk, problems);
    CHECK(names(walked.files, dir.path) == std::vector<std::string>{"elsewhere/y.txt"});
  }
}
