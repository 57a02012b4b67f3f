// Paths and ids are bytes: folder and file names that are not UTF-8, ids
// with a newline. Stored and compared as bytes, shown escaped (`\xff`).
#include <doctest/doctest.h>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

unsigned count(const Sandbox& s, const std::string& query) {
  return static_cast<unsigned>(std::stoul(s.search({"--count", "--all-versions", query}).out));
}

} // namespace

TEST_SUITE("e2e: byte paths") {
  TEST_CASE("bug: a folder name that is not UTF-8 crashes the registry") {
    Sandbox s;
    const std::string root = (s.dir() / "archive/r\xff").string();
    s.write("archive/r\xff/story.txt", "Harbour Story\nAbout a harbour seal.\n");
    RunResult add = s.index({"add", root});
    CHECK(add.err == "");
    CHECK(add.status == 0);
    CHECK(count(s, "seal") == 1);
    RunResult sources = s.index({"sources"});
    CHECK(sources.out.starts_with((s.dir() / "archive/r\\xff").string() + "\t1 articles"));
    const auto json = nlohmann::json::parse(s.index({"sources", "--format", "json"}).out);
    CHECK(json.at(0)["root"] == (s.dir() / "archive/r\\xff").string());
    CHECK(s.index({"sync"}).out.starts_with("0 added, 0 updated, 1 unchanged, 0 removed"));
    CHECK(s.index({"sync", root}).status == 0);
    CHECK(s.index({"remove", root}).out.starts_with("0 added, 0 updated, 0 unchanged, 1 removed"));
    CHECK(count(s, "seal") == 0);
    CHECK(s.index({"sources"}).out == "");
  }

  TEST_CASE("bug: a Latin-1 file name inside a root is never removed after remove") {
    Sandbox s;
    const fs::path root = s.dir() / "arch";
    const std::string latin1 = (root / "caf\xe9.txt").string();
    s.write("arch/caf\xe9.txt", "Cafe Story\nAbout a coffee bean.\n");
    s.write("arch/r\xe9sum\xe9.txt", "Summary Story\nAbout a summary of the tapir.\n");
    s.write("arch/plain.txt", "Plain Story\nAbout a pelican.\n");
    REQUIRE(s.index({"add", root.string()}).status == 0);
    CHECK(count(s, "coffee") == 1);
    CHECK(s.index({"sync"}).out.starts_with("0 added, 0 updated, 3 unchanged, 0 removed"));

    RunResult removed = s.index({"remove", latin1});
    CHECK(removed.status == 0);
    CHECK(removed.out.starts_with("0 added, 0 updated, 0 unchanged, 1 removed"));
    CHECK(count(s, "coffee") == 0);

    fs::remove(root / "r\xe9sum\xe9.txt"); // deleted on disk: sync drops it
    CHECK(s.index({"sync"}).out.find("1 removed") != std::string::npos);
    CHECK(count(s, "tapir") == 0);

    CHECK(s.index({"remove", root.string()}).status == 0);
    CHECK(s.index({"sync"}).out.starts_with("0 added, 0 updated, 0 unchanged, 0 removed"));
    CHECK(count(s, "pelican") == 0);
    CHECK(count(s, "story") == 0);
    // Still on disk: added again, and removed again, by its name.
    RunResult readd = s.index({"add", latin1});
    CHECK(readd.status == 0);
    CHECK(count(s, "coffee") == 1);
    CHECK(s.index({"remove", latin1}).status == 0);
    CHECK(count(s, "coffee") == 0);
  }

  TEST_CASE("problems name a path that is not UTF-8 escaped, on one line") {
    Sandbox s;
    s.write("arch/bad\xff.json", "{\"title\": ");
    RunResult add = s.index({"add", (s.dir() / "arch").string()});
    CHECK(add.status == 1);
    CHECK(lines_of(add.err).size() == 1);
    CHECK(add.err.starts_with("news-index: " + (s.dir() / "arch/bad\\xff.json").string() +
                              ": malformed JSON"));
    RunResult failed = s.index({"sources", "--failed", "--format", "json"});
    CHECK(nlohmann::json::parse(failed.out).at(0)["path"] ==
          (s.dir() / "arch/bad\\xff.json").string());
  }

  TEST_CASE("bug: an id containing a newline breaks --format ids") {
    Sandbox s;
    // A file's path is the id of its article; a JSON id keeps its control characters
    // (white space is collapsed).
    s.write("arch/two\nlines.txt",
            "Two Lines\nOtters swim and fish in the cold river by the old mill.\n");
    s.write("arch/back\\slash.txt",
            "Backslash\nOtters swim and fish in the cold river by the old mill.\n");
    s.write("arch/caf\xe9.txt", "Latin\nOtters swim and fish in the cold river by the old mill.\n");
    s.write("arch/ids.jsonl",
            "{\"id\": \"bell\\u0007tab\\u0009end\", \"title\": \"Bell\", \"body\": \"Otters swim "
            "and fish in the cold river by the old mill.\"}\n");
    // Others, so that the words the four share are rare enough to say what they are like.
    const char* kOthers[] = {"Copper prices rose on the exchange.",
                             "The election was held.",
                             "A storm closed the harbour.",
                             "Grain exports fell in March.",
                             "The railway reopened.",
                             "A drought hit the orchards."};
    for (int i = 0; i < 6; ++i)
      s.write(fmt::format("arch/other-{}.txt", i), fmt::format("Other {}\n{}\n", i, kOthers[i]));
    REQUIRE(s.index({"add", (s.dir() / "arch").string()}).status == 0);
    RunResult ids = s.search({"--format", "ids", "--limit", "0", "--all-versions", "mill"});
    CHECK(ids.status == 0);
    std::vector<std::string> printed = lines_of(ids.out);
    std::sort(printed.begin(), printed.end());
    const std::string arch = (s.dir() / "arch").string();
    CHECK(printed == std::vector<std::string>{arch + "/back\\\\slash.txt", arch + "/caf\\xe9.txt",
                                              arch + "/two\\nlines.txt", "bell\\x07tab end"});
    // --like takes an id as printed...
    for (const std::string& id : printed) {
      RunResult like = s.search({"--format", "ids", "--all-versions", "--like", id});
      CHECK(like.status == 0);
      CHECK(like.out.find(id) == std::string::npos);
      std::vector<std::string> similar = lines_of(like.out); // the three others first
      similar.resize(3);
      std::sort(similar.begin(), similar.end());
      std::vector<std::string> others = printed;
      std::erase(others, id);
      CHECK(similar == others);
    }
    // ... and as it is.
    CHECK(s.search({"--format", "ids", "--all-versions", "--like", arch + "/back\\slash.txt"})
              .status == 0);
    CHECK(s.search({"--format", "ids", "--all-versions", "--like", arch + "/two\nlines.txt"})
              .status == 0);
  }
}
