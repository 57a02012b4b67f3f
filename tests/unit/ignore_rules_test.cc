// The ignore rules in a walk (file_walker with ignore_rules): the defaults,
// patterns of the config, .newsignore files at every depth, exclusions.
#include "indexer/ignore_rules.hh"

#include <doctest/doctest.h>

#include "indexer/file_walker.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct ProblemList : ProblemSink {
  std::vector<Problem> list;
  void problem(const Problem& problem) override { list.push_back(problem); }
};

std::vector<std::string> relative(const std::vector<fs::path>& files, const fs::path& base) {
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

TEST_SUITE("ignore_rules") {
  TEST_CASE("the defaults skip what is never an article, whatever its case") {
    TempDir dir;
    for (const char* name : {"README.md", "LICENSE", "ChangeLog.txt", "run.sh", "site.css",
                             "photo.JPG", "clip.mp4", "old.zip", "dump.tar.gz", "report.pdf",
                             "notes.docx", "story.txt", "feed.xml", "wire.jsonl.gz", "page.html"})
      dir.write(std::string("a/") + name, "x\n");
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, with_defaults(), problems);
    CHECK(relative(walked.files, dir.path) ==
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
    CHECK(relative(walked.files, dir.path) ==
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
    CHECK(relative(walked.files, dir.path) == std::vector<std::string>{"README.txt"});
  }

  TEST_CASE("a rule set with a base applies under that folder only") {
    TempDir dir;
    dir.write("a/x.bak", "x\n");
    dir.write("b/x.bak", "x\n");
    WalkRules walk;
    walk.sets.push_back({dir.path / "b", rules({"*.bak"})});
    ProblemList problems;
    const WalkedFiles walked = walk_files({dir.path}, {}, walk, problems);
    CHECK(relative(walked.files, dir.path) == std::vector<std::string>{"a/x.bak"});
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
    CHECK(relative(walked.files, dir.path) == std::vector<std::string>{"a.txt"});
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
    CHECK(relative(walked.files, dir.path) == std::vector<std::string>{"elsewhere/y.txt"});
  }
}
