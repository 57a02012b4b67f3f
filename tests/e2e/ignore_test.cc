// Keeping junk out of the index, end to end: the default ignore rules, the
// config's patterns and .newsignore files (reported once per run, listed by
// `sources --skipped`), and `remove FILE` under a root, which sync does not
// undo until the file is added again. Whole outputs compared with
// tests/golden/ignore.
#include <regex>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden_file.hh"

using namespace news::test;

namespace {

std::string story(const std::string& title, const std::string& body) {
  return "Title: " + title + "\nDate: 2024-05-07\n\n" + body + "\n";
}

// An archive with what is never an article, patterns of its own and a config file's.
void write_archive(const Sandbox& s) {
  s.write("archive/2024/opec.txt", story("OPEC cuts output", "OPEC ministers cut output."));
  s.write("archive/2024/grain.txt", story("Grain deal", "Wheat shipments resume."));
  s.write("archive/2024/notes.tmp", "working notes\n");
  s.write("archive/2024/keep.tmp", story("Kept", "Kept despite its name."));
  s.write("archive/2024/.newsignore", "# re-included below this folder\n!keep.tmp\n");
  s.write("archive/.newsignore", "drafts/\n*.tmp\n");
  s.write("archive/drafts/draft.txt", story("Draft", "Not yet."));
  s.write("archive/old.bak", story("Backup", "A copy."));
  for (const char* junk :
       {"README.md", "LICENSE", "build.sh", "style.css", "logo.PNG", "report.pdf", "photos.zip"})
    s.write(std::string("archive/") + junk, "not an article\n");
  s.write("config.toml", "ignore = \"*.bak\"\n");
}

// Runs `news-index --config config.toml --db DB ARGS` and appends it to
// `transcript`: the sandbox's folder as $DIR, seconds as N, times as TIME.
RunResult step(const Sandbox& s, std::string& transcript, const std::string& args) {
  const RunResult run = run_shell("COLUMNS=80 " + shell_quote(NEWS_INDEX_EXE) +
                                      " --config config.toml --db db " + args,
                                  s.dir());
  std::string shown = "$ news-index " + args + "\nexit " + std::to_string(run.status) + "\n" +
                      run.out + (run.err.empty() ? "" : "--- stderr\n" + run.err);
  shown = std::regex_replace(replaced(shown, s.dir().string(), "$DIR"),
                             std::regex("[0-9]+\\.[0-9]+ s\\)"), "N s)");
  shown = std::regex_replace(shown, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"), "TIME");
  transcript += shown + "\n";
  return run;
}

} // namespace

TEST_SUITE("ignore rules") {
  TEST_CASE("defaults, config patterns and .newsignore files: skipped once, listed by sources") {
    const Sandbox s;
    write_archive(s);
    std::string transcript;
    CHECK(step(s, transcript, "add archive").status == 0);
    CHECK(step(s, transcript, "sources --skipped").status == 0);
    CHECK(step(s, transcript, "sources --skipped --format json").status == 0);
    // A file named on the command line is read whatever the rules say.
    CHECK(step(s, transcript, "add archive/old.bak").status == 0);
    CHECK(step(s, transcript, "sources --failed --skipped").status == 2);
    check_golden(golden_folder("ignore") / "skipped.txt", transcript);
    CHECK(articles_in(s) == 4);
  }

  TEST_CASE("a file newly matched by a pattern leaves the index at the next sync") {
    const Sandbox s;
    write_archive(s);
    std::string transcript;
    REQUIRE(step(s, transcript, "add -q archive").status == 0);
    REQUIRE(articles_in(s) == 3);
    s.write("archive/2024/.newsignore", "!keep.tmp\ngrain.txt\n");
    const RunResult sync = step(s, transcript, "sync");
    CHECK(sync.status == 0);
    CHECK(sync.out.find(" 1 removed, 0 failed") != std::string::npos);
    CHECK(articles_in(s) == 2);
  }

  TEST_CASE("remove FILE under a root: excluded, sync does not bring it back, add takes it back") {
    const Sandbox s;
    write_archive(s);
    std::string transcript;
    REQUIRE(step(s, transcript, "add -q archive").status == 0);
    transcript.clear();
    CHECK(step(s, transcript, "remove archive/2024/grain.txt").status == 0);
    CHECK(step(s, transcript, "sync").status == 0);
    CHECK(articles_in(s) == 2);
    CHECK(step(s, transcript, "remove archive/drafts").status == 0);
    CHECK(step(s, transcript, "sources").status == 0);
    CHECK(step(s, transcript, "add archive/2024/grain.txt").status == 0);
    CHECK(step(s, transcript, "sync").status == 0);
    CHECK(articles_in(s) == 3);
    CHECK(step(s, transcript, "sources").status == 0);
    check_golden(golden_folder("ignore") / "remove.txt", transcript);
  }
}
