// Paths and ids are bytes: folder and file names that are not UTF-8, ids
// with a newline. Stored and compared as bytes, shown escaped (`\xff`).
#include <algorithm>

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

// A Latin-1 file name and a folder named with a byte that is never UTF-8.
void write_byte_named_files(const Sandbox& s) {
  s.write("arch/caf\xe9.txt", "Cafe Story\nAbout a coffee bean.\n");
  s.write("arch/r\xff/cup.txt", "Cup Story\nAbout a coffee cup in a folder.\n");
}

// Neither raw byte of the names, nor the replacement character instead of one.
void check_no_raw_name_bytes(const std::string& out) {
  CHECK(out.find("caf\xe9") == std::string::npos);
  CHECK(out.find("r\xff") == std::string::npos);
  CHECK(out.find("\xef\xbf\xbd") == std::string::npos); // U+FFFD
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
    CHECK(sources.out.starts_with((s.dir() / "archive/r\\xff").string() +
                                  "\t1 article\t1 file (0 failed)"));
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

  TEST_CASE("bug: search results print path bytes that are not UTF-8 raw, or replaced in JSON") {
    Sandbox s;
    write_byte_named_files(s);
    REQUIRE(s.index({"add", (s.dir() / "arch").string()}).status == 0);
    const std::string arch = (s.dir() / "arch").string();
    const std::vector<std::string> escaped = {arch + "/caf\\xe9.txt", arch + "/r\\xff/cup.txt"};
    const auto sorted = [](std::vector<std::string> v) {
      std::sort(v.begin(), v.end());
      return v;
    };

    RunResult json = s.search({"--format", "json", "--all-versions", "coffee"});
    CHECK(json.status == 0);
    check_no_raw_name_bytes(json.out);
    const auto parsed = nlohmann::json::parse(json.out); // throws on invalid UTF-8
    std::vector<std::string> paths, ids;
    for (const auto& hit : parsed.at("hits")) {
      paths.push_back(hit.at("path"));
      ids.push_back(hit.at("id")); // a file's path is its article's id
    }
    CHECK(sorted(paths) == escaped);
    CHECK(sorted(ids) == escaped);

    RunResult jsonl = s.search({"--format", "jsonl", "--all-versions", "coffee"});
    CHECK(jsonl.status == 0);
    check_no_raw_name_bytes(jsonl.out);
    paths.clear();
    for (const std::string& line : lines_of(jsonl.out)) {
      const auto hit = nlohmann::json::parse(line);
      CHECK(hit.at("id") == hit.at("path"));
      paths.push_back(hit.at("path"));
    }
    CHECK(sorted(paths) == escaped);

    RunResult csv = s.search({"--format", "csv", "--all-versions", "coffee"});
    CHECK(csv.status == 0);
    check_no_raw_name_bytes(csv.out);
    std::vector<std::string> rows = lines_of(csv.out);
    REQUIRE(rows.size() == 3);
    rows.erase(rows.begin());
    CHECK(sorted(rows) ==
          std::vector<std::string>{escaped[0] + ",,Cafe Story,,," + escaped[0] + "\r",
                                   escaped[1] + ",,Cup Story,,," + escaped[1] + "\r"});

    RunResult text = s.search({"--format", "text", "--all-versions", "coffee"});
    CHECK(text.status == 0);
    check_no_raw_name_bytes(text.out);
    CHECK(text.out.find("undated  " + escaped[0] + "\n") != std::string::npos);
    CHECK(text.out.find("undated  " + escaped[1] + "\n") != std::string::npos);

    // The path as printed finds the article again.
    for (const std::string& id : escaped)
      CHECK(s.search({"--format", "ids", "--all-versions", "--like", id}).status != 2);
  }

  TEST_CASE("bug: inspect and stats print path bytes that are not UTF-8 raw, or replaced in JSON") {
    Sandbox s;
    write_byte_named_files(s);
    const std::string file = (s.dir() / "arch/caf\xe9.txt").string();
    const std::string shown = (s.dir() / "arch/caf\\xe9.txt").string();
    RunResult jsonl = s.index({"inspect", "--format", "jsonl", file});
    CHECK(jsonl.status == 0);
    check_no_raw_name_bytes(jsonl.out);
    const auto article = nlohmann::json::parse(jsonl.out);
    CHECK(article.at("path") == shown);
    CHECK(article.at("id") == shown);
    CHECK(article.at("title") == "Cafe Story");

    RunResult text = s.index({"inspect", (s.dir() / "arch").string()});
    CHECK(text.status == 0);
    check_no_raw_name_bytes(text.out);
    CHECK(text.out.find(shown + " [text]\n  id:       " + shown + "\n") != std::string::npos);

    // An index in a folder whose name is not UTF-8.
    const std::string db = (s.dir() / "db\xff").string();
    const std::string index = shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(db);
    REQUIRE(run_shell(index + " add arch", s.dir()).status == 0);
    RunResult stats = run_shell(index + " stats --format json", s.dir());
    CHECK(stats.err == "");
    CHECK(stats.status == 0);
    CHECK(nlohmann::json::parse(stats.out).at("database") == (s.dir() / "db\\xff").string());
    RunResult stats_text = run_shell(index + " stats", s.dir());
    CHECK(stats_text.status == 0);
    CHECK(stats_text.out.starts_with("database:       " + (s.dir() / "db\\xff").string() + "\n"));
    RunResult sources = run_shell(index + " sources --format json", s.dir());
    CHECK(sources.status == 0);
    CHECK(nlohmann::json::parse(sources.out).at(0).at("files") == 2);
  }
}
