// news-index sync end to end: files added, changed, touched and deleted;
// locking, signals and crashes.
#include <algorithm>
#include <cstdio>
#include <set>

#include <doctest/doctest.h>
#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

// A JSON Lines archive of `files` files with `per_file` distinct articles.
void write_archive(const Sandbox& s, const std::string& folder, int files, int per_file) {
  static const char* kWords[] = {"harbour",  "grain",   "copper",  "election",
                                 "storm",    "bridge",  "tariff",  "orchard",
                                 "pipeline", "vaccine", "railway", "drought"};
  for (int f = 0; f < files; ++f) {
    std::string lines;
    for (int r = 0; r < per_file; ++r) {
      std::string body;
      for (int w = 0; w < 60; ++w)
        body += std::string(kWords[(f * 7 + r * 3 + w * 5) % 12]) + " ";
      lines +=
          fmt::format(R"({{"id": "a-{}-{}", "title": "Story {} of file {}", "body": "{}w{}x{}"}})"
                      "\n",
                      f, r, r, f, body, f, r);
    }
    s.write(fmt::format("{}/part-{:03}.jsonl", folder, f), lines);
  }
}

std::string run_in(const Sandbox& s, const std::string& command) {
  return shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(s.db().string()) + " " + command;
}

unsigned count(const Sandbox& s, const std::string& query) {
  return static_cast<unsigned>(std::stoul(s.search({"--count", "--all-versions", query}).out));
}

// Everything that makes two indexes hold the same articles: ids and terms.
std::pair<std::set<std::string>, std::set<std::string>> contents(const fs::path& db) {
  Xapian::Database database(db.string());
  std::set<std::string> ids, terms;
  for (auto it = database.allterms_begin("Q"); it != database.allterms_end("Q"); ++it)
    ids.insert(*it);
  for (auto it = database.allterms_begin(); it != database.allterms_end(); ++it)
    // paths (and their folders) differ between the two sandboxes
    if ((*it)[0] != 'P' && !(*it).starts_with("XDIR")) terms.insert(*it);
  return {ids, terms};
}

} // namespace

TEST_SUITE("e2e: sync") {
  TEST_CASE("new, changed, touched and deleted files, in text, JSONL and feeds") {
    Sandbox s;
    s.write("arch/a.txt", "Alpha Story\nAbout an aardvark.\n");
    s.write("arch/b.txt", "Beta Story\nAbout a badger.\n");
    s.write("arch/w.jsonl", "{\"id\": \"w1\", \"title\": \"W1\", \"body\": \"wombat one\"}\n"
                            "{\"id\": \"w2\", \"title\": \"W2\", \"body\": \"wombat two\"}\n");
    s.write("arch/f.rss",
            "<rss version=\"2.0\"><channel><title>F</title><item><guid>f1</guid>"
            "<title>F1</title><description>ferret one</description></item></channel></rss>");
    REQUIRE(s.index({"add", (s.dir() / "arch").string()}).status == 0);
    CHECK(count(s, "wombat") == 2);

    RunResult nothing = s.index({"sync"});
    CHECK(nothing.status == 0);
    CHECK(nothing.out.starts_with("0 added, 0 updated, 5 unchanged, 0 removed, 0 failed"));

    s.write("arch/a.txt", "Alpha Story\nAbout an antelope.\n");                  // changed
    REQUIRE(run_shell("touch -d '2030-01-01' arch/b.txt", s.dir()).status == 0); // touched only
    fs::remove(s.dir() / "arch/w.jsonl");                                        // deleted
    s.write("arch/f.rss", "<rss version=\"2.0\"><channel><title>F</title><item><guid>f1</guid>"
                          "<title>F1</title><description>ferret one</description></item><item>"
                          "<guid>f2</guid><title>F2</title><description>ferret two</description>"
                          "</item></channel></rss>");           // a new item
    s.write("arch/new/c.txt", "Gamma Story\nAbout a camel.\n"); // new
    RunResult dry = s.index({"sync", "--dry-run"});
    CHECK(dry.out.find("update " + (s.dir() / "arch/a.txt").string()) != std::string::npos);
    CHECK(dry.out.find("remove (2 articles) " + (s.dir() / "arch/w.jsonl").string()) !=
          std::string::npos);
    CHECK(dry.out.find("add " + (s.dir() / "arch/new/c.txt").string()) != std::string::npos);
    CHECK(dry.out.find("b.txt") == std::string::npos); // a touch is no change
    CHECK(count(s, "wombat") == 2);                    // a dry run changes nothing
    // bug: its summary was all zeros. The new file's article would be added,
    // the changed files' (a.txt's one, the feed's two) updated, w.jsonl's removed.
    CHECK(lines_of(dry.out).back().starts_with(
        "would be: 1 added, 3 updated, 1 unchanged, 2 removed, 0 failed (4 files in "));

    RunResult sync = s.index({"sync"});
    CHECK(sync.status == 0);
    CHECK(sync.out.starts_with("2 added, 1 updated, 2 unchanged, 2 removed, 0 failed"));
    CHECK(count(s, "wombat") == 0);
    CHECK(count(s, "antelope") == 1);
    CHECK(count(s, "aardvark") == 0);
    CHECK(count(s, "ferret") == 2);
    CHECK(count(s, "camel") == 1);
    CHECK(s.index({"sync"}).out.starts_with("0 added, 0 updated, 5 unchanged, 0 removed"));
  }

  TEST_CASE("sync ROOT, sources, remove, stats and compact") {
    Sandbox s;
    s.write("one/a.txt", "Alpha\nAbout an aardvark.\n");
    s.write("two/b.txt", "Beta\nAbout a badger.\n");
    REQUIRE(s.index({"add", (s.dir() / "one").string(), (s.dir() / "two").string()}).status == 0);
    s.write("two/c.txt", "Gamma\nAbout a camel.\n");
    CHECK(s.index({"sync", (s.dir() / "one").string()}).out.starts_with("0 added"));
    CHECK(s.index({"sync", (s.dir() / "two").string()}).out.starts_with("1 added"));
    CHECK(s.index({"sync", (s.dir() / "elsewhere").string()}).status == 2);
    RunResult sources = s.index({"sources"});
    CHECK(sources.out.find((s.dir() / "two").string() + "\t2 articles") != std::string::npos);
    CHECK(s.index({"remove", (s.dir() / "one").string()})
              .out.starts_with("0 added, 0 updated, 0 unchanged, 1 removed"));
    CHECK(count(s, "aardvark") == 0);
    CHECK(s.index({"remove", (s.dir() / "two/b.txt").string()}).status == 0);
    CHECK(count(s, "badger") == 0);
    CHECK(s.index({"remove", "no-such-thing"}).status == 1);
    RunResult stats = s.index({"stats", "--format", "json"});
    CHECK(stats.out.find("\"articles\": 1") != std::string::npos);
    CHECK(s.index({"compact"}).status == 0);
    CHECK(count(s, "camel") == 1);
  }

  TEST_CASE("a failed file is remembered and not retried until it changes") {
    Sandbox s;
    s.write("arch/good.txt", "Good\nAbout a gecko.\n");
    s.write("arch/bad.json", "{\"title\": ");
    RunResult first = s.index({"add", (s.dir() / "arch").string()});
    CHECK(first.status == 1);
    RunResult again = s.index({"sync"});
    CHECK(again.status == 0);
    CHECK(again.out.find("1 failed files not retried") != std::string::npos);
    CHECK(s.index({"sync", "--retry-failed"}).status == 1);
    CHECK(s.index({"sources", "--failed"}).out.find("bad.json\tmalformed JSON") !=
          std::string::npos);
    s.write("arch/bad.json", "{\"title\": \"Fixed\", \"body\": \"a fixed file about a gnu\"}");
    CHECK(s.index({"sync"}).status == 0);
    CHECK(count(s, "gnu") == 1);
    CHECK(s.index({"sources", "--failed"}).out == "");
  }

  TEST_CASE("a second writer waits --lock-timeout, then exits 75 naming the holder") {
    Sandbox s;
    write_archive(s, "big", 40, 150);
    const std::string script =
        run_in(s, "add big >/dev/null 2>&1 & ") +
        "for i in $(seq 1000); do [ -f db/news-index.owner ] && break; sleep 0.01; done; " +
        run_in(s, "add --lock-timeout 0.2 big; echo \"status=$?\"; wait");
    RunResult run = run_shell(script, s.dir());
    CHECK(run.out.find("status=75") != std::string::npos);
    CHECK(run.err.find("is locked by another writer (pid ") != std::string::npos);
  }

  TEST_CASE("searches during a sync never fail") {
    Sandbox s;
    write_archive(s, "big", 10, 50);
    REQUIRE(s.index({"add", (s.dir() / "big").string()}).status == 0);
    write_archive(s, "big", 40, 150); // more and changed files
    const std::string search =
        shell_quote(NEWS_SEARCH_EXE) + " --db " + shell_quote(s.db().string());
    // A search counts as during the sync when it answered (printed its
    // count) before the sync had finished, which it marks with a file.
    const std::string script =
        "(" + run_in(s, "sync --batch-size 200 >/dev/null 2>&1") +
        "; echo $? >synced) & fails=0; during=0; "
        "while [ ! -e synced ]; do count=$(" +
        search +
        " --count harbour 2>/dev/null); [ $? -ge 2 ] && fails=$((fails+1)); "
        "[ ! -e synced ] && [ -n \"$count\" ] && during=$((during+1)); done; wait; "
        "echo \"sync=$(cat synced) fails=$fails during=$during\"";
    RunResult run = run_shell(script, s.dir());
    MESSAGE(run.out);
    int sync_status = -1, fails = -1, during = -1;
    REQUIRE(std::sscanf(run.out.c_str(), "sync=%d fails=%d during=%d", &sync_status, &fails,
                        &during) == 3);
    CHECK(sync_status == 0);
    CHECK(fails == 0);
    CHECK(during > 0); // searches did run while the sync was in progress
  }

  // One writer committing batches, and a new index built by parallel shards,
  // which merges what it wrote when stopped. The test-only hook sends the
  // SIGTERM right after a known commit (index_writer.cc), not after a sleep.
  TEST_CASE("SIGTERM stops at the next article, keeps committed work, exits 143") {
    for (const std::string jobs : {"1", "2"}) {
      CAPTURE(jobs);
      Sandbox s;
      write_archive(s, "big", 40, 150);
      const std::string script =
          "NEWS_TEST_STOP_AFTER_COMMITS=8 NEWS_TEST_STOP_SIGNAL=TERM " +
          run_in(s, "add --jobs " + jobs + " --batch-size 100 big >summary 2>&1; ") +
          "echo \"status=$?\"; cat summary";
      RunResult run = run_shell(script, s.dir());
      CHECK(run.out.find("status=143") != std::string::npos);
      CHECK(run.out.find("interrupted by signal 15") != std::string::npos);
      // What the summary says was added is there.
      const auto kept = Xapian::Database(s.db().string()).get_doccount();
      const std::size_t summary = run.out.find(" added");
      REQUIRE(summary != std::string::npos);
      const std::size_t line = run.out.rfind('\n', summary);
      CHECK(run.out.substr(line + 1, summary - line - 1) == std::to_string(kept));
      if (jobs == "1") {
        // Commits 1 to 8 hold a batch of 100 each; the articles read after
        // the signal are dropped.
        CHECK(kept == 800);
      } else {
        // Commit 1 holds the root (before the shards start); the shards'
        // commits reach the 8th, then they add what they were handed before
        // the signal, and are merged.
        CHECK(kept >= 600);
        CHECK(kept < 6000);
      }
      RunResult rest = s.index({"sync"});
      CHECK(rest.status == 0);
      CHECK(Xapian::Database(s.db().string()).get_doccount() == 6000);
    }
  }

  TEST_CASE("a sync killed at any moment, then run again, ends as an uninterrupted run") {
    Sandbox reference;
    write_archive(reference, "arch", 30, 100);
    REQUIRE(reference.index({"add", (reference.dir() / "arch").string()}).status == 0);
    const auto expected = contents(reference.db());
    REQUIRE(expected.first.size() == 3000);

    // Killed (the test-only hook: SIGKILL right after commit N) after the
    // first batch, in the middle, after the last batch, and after the final
    // commit, before the run could tidy up.
    unsigned runs = 0;
    for (const unsigned commits : {1u, 9u, 19u, 20u}) {
      CAPTURE(commits);
      Sandbox s;
      write_archive(s, "arch", 1, 100);
      REQUIRE(s.index({"add", (s.dir() / "arch").string()}).status == 0); // records the root
      write_archive(s, "arch", 30, 100);
      const std::string script = fmt::format("NEWS_TEST_STOP_AFTER_COMMITS={} ", commits) +
                                 run_in(s, "sync --batch-size 150 >/dev/null 2>&1; ") +
                                 "echo \"status=$?\"";
      RunResult killed = run_shell(script, s.dir());
      CHECK(killed.out == "status=137\n"); // 128 + SIGKILL
      // Exactly the committed batches survive: 150 articles each, 2900 new in all.
      CHECK(Xapian::Database(s.db().string()).get_doccount() ==
            std::min(100 + 150 * commits, 3000u));
      ++runs;
      RunResult again = s.index({"sync"});
      CHECK(again.status == 0);
      const auto got = contents(s.db());
      CHECK(got.first.size() == expected.first.size());
      CHECK(got.first == expected.first);
      CHECK(got.second.size() == expected.second.size());
      CHECK(got.second == expected.second);
    }
    CHECK(runs == 4);
  }

  TEST_CASE("the cron wrapper is silent when all is well and speaks up when files fail") {
    Sandbox s;
    s.write("arch/a.txt", "Alpha\nAbout an aardvark.\n");
    REQUIRE(s.index({"add", (s.dir() / "arch").string()}).status == 0);
    const std::string cron = "NEWS_INDEX=" + shell_quote(NEWS_INDEX_EXE) +
                             " NEWS_INDEX_DB=" + shell_quote(s.db().string()) +
                             " XDG_STATE_HOME=state bash " +
                             shell_quote(std::string(SCRIPTS_DIR) + "/news-index-cron");
    RunResult quiet = run_shell(cron, s.dir());
    CHECK(quiet.status == 0);
    CHECK(quiet.out == "");
    CHECK(quiet.err == "");
    s.write("arch/bad.json", "{\"title\": ");
    RunResult failing = run_shell(cron, s.dir());
    CHECK(failing.status == 1);
    CHECK(failing.err.find("bad.json: malformed JSON") != std::string::npos);
    CHECK(failing.err.find("Z news-index: ") != std::string::npos); // timestamped
    // Another run holding the wrapper's lock: skipped, nothing for a human.
    RunResult busy = run_shell("flock state/news-index/sync.lock env " + cron, s.dir());
    CHECK(busy.status == 0);
  }

  TEST_CASE("--log-format json: one event a line") {
    Sandbox s;
    s.write("arch/a.txt", "Alpha\nAbout an aardvark.\n");
    s.write("arch/bad.json", "{\"title\": ");
    RunResult run = s.index({"add", "--log-format", "json", (s.dir() / "arch").string()});
    CHECK(run.status == 1);
    const auto error = nlohmann::json::parse(lines_of(run.err).at(0));
    CHECK(error["event"] == "error");
    CHECK(error["path"].get<std::string>().ends_with("bad.json"));
    const auto summary = nlohmann::json::parse(lines_of(run.out).at(0));
    CHECK(summary["event"] == "summary");
    CHECK(summary["added"] == 1);
    CHECK(summary["failed"] == 1);
  }

  TEST_CASE("bug: --map is forgotten: sync reads a root with the read options of its add") {
    Sandbox s;
    const auto record = [](int n) {
      return fmt::format(R"({{"id": "d{}", "headline": "Ronald Reagan in dump story {}", )"
                         R"("story_text": "a visit to the lighthouse number {}"}})"
                         "\n",
                         n, n, n);
    };
    s.write("dump/dump.jsonl", record(1) + record(2));
    s.write("dump/big.txt", "Big\n" + std::string(2000, 'x') + "\n");
    s.write("dump/keeper.txt", "Keeper\nRonald Reagan met the keeper.\n");
    REQUIRE(s.index({"add", "--map", "body=story_text", "--map", "title=headline",
                     "--max-file-size", "0.001", "--no-entities", (s.dir() / "dump").string()})
                .status == 1); // big.txt is over the size
    CHECK(count(s, "lighthouse") == 2);
    RunResult sources = s.index({"sources"});
    CHECK(sources.out.find("read options --map body=story_text --map title=headline "
                           "--max-file-size 0.001 --no-entities") != std::string::npos);

    s.write("dump/dump.jsonl", record(1) + record(2) + record(3)); // the file changes
    s.write("dump/big.txt", "Big\n" + std::string(3000, 'y') + "\n");
    s.write("dump/keeper.txt", "Keeper\nRonald Reagan met the keeper again.\n");
    RunResult quiet = s.index({"sync", "--quiet"});
    CHECK(quiet.err.find("big.txt: file is 3005 bytes, over the limit") != std::string::npos);
    CHECK(quiet.err.find("dump.jsonl") == std::string::npos);
    CHECK(count(s, "lighthouse") == 3);
    CHECK(count(s, "title:dump") == 3);
    CHECK(count(s, "big") == 0); // still over the recorded size limit
    CHECK(count(s, "keeper") == 1);
    CHECK(count(s, "person:reagan") == 0); // --no-entities
    // Given again to add, an option replaces the recorded one; the others stay.
    RunResult again = s.index({"add", "--max-file-size", "1", (s.dir() / "dump").string()});
    CHECK(again.status == 0);
    CHECK(again.err.find("read options changed from --map body=story_text --map title=headline "
                         "--max-file-size 0.001 --no-entities to --map body=story_text --map "
                         "title=headline --max-file-size 1 --no-entities; its files are read "
                         "again") != std::string::npos);
    CHECK(count(s, "big") == 1);
    CHECK(count(s, "lighthouse") == 3);
    CHECK(count(s, "person:reagan") == 0);
    CHECK(s.index({"sync"}).out.starts_with("0 added, 0 updated, 5 unchanged"));
  }

  TEST_CASE("bug: a known file losing its articles to unreadable records is silent") {
    Sandbox s;
    s.write("arch/w.jsonl", "{\"id\": \"w1\", \"title\": \"W1\", \"body\": \"wombat one\"}\n"
                            "{\"id\": \"w2\", \"title\": \"W2\", \"body\": \"wombat two\"}\n"
                            "{\"id\": \"w3\", \"title\": \"W3\", \"body\": \"wombat three\"}\n");
    s.write("arch/fewer.jsonl", "{\"id\": \"f1\", \"title\": \"F1\", \"body\": \"fox one\"}\n"
                                "{\"id\": \"f2\", \"title\": \"F2\", \"body\": \"fox two\"}\n"
                                "{\"id\": \"f3\", \"title\": \"F3\", \"body\": \"fox three\"}\n");
    REQUIRE(s.index({"add", (s.dir() / "arch").string()}).status == 0);
    // The dump's members were renamed: no record gives an article any more.
    s.write("arch/w.jsonl", "{\"id\": \"w1\", \"heading\": \"W1\", \"story\": \"wombat one\"}\n"
                            "{\"id\": \"w2\", \"heading\": \"W2\", \"story\": \"wombat two\"}\n"
                            "{\"id\": \"w3\", \"heading\": \"W3\", \"story\": \"wombat 3\"}\n"
                            "{\"id\": \"w4\", \"title\": \"W4\", \"body\": \"wombat four\"}\n");
    // A file that simply has fewer articles now is no problem.
    s.write("arch/fewer.jsonl", "{\"id\": \"f1\", \"title\": \"F1\", \"body\": \"fox one\"}\n");
    RunResult quiet = s.index({"sync", "--quiet"});
    CHECK(quiet.status == 1);
    CHECK(lines_of(quiet.err) ==
          std::vector<std::string>{
              "news-index: " + (s.dir() / "arch/w.jsonl").string() +
              ": lost most of its articles: 3 before, 1 now; 3 of its records could not be read "
              "(see the warnings; read with other options than before? 'news-index sources' "
              "shows each root's)"});
    CHECK(quiet.out.find("1 failed") != std::string::npos);
    CHECK(count(s, "fox") == 1);
  }
}
