// Saved searches (--save, saved:NAME, --saved, --unsave) and `news-search
// watch NAME` across syncs, end to end. The digest's text is compared whole
// with its golden file (tests/golden/watch); NEWS_UPDATE_GOLDEN=1 writes it
// instead (and fails, so that it is read before committing).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

std::string article(const std::string& title, const std::string& date, const std::string& source,
                    const std::string& url, const std::string& body) {
  std::string text = "Title: " + title + "\nDate: " + date + "\n";
  if (!source.empty()) text += "Source: " + source + "\n";
  if (!url.empty()) text += "URL: " + url + "\n";
  return text + "\n" + body + "\n";
}

// An archive of two articles, one about OPEC, indexed.
void index_archive(const Sandbox& s) {
  s.write("archive/a.txt",
          article("OPEC cuts output", "2024-05-07", "Reuters", "https://example.com/opec-cut",
                  "OPEC ministers agreed to cut crude output on Tuesday."));
  s.write("archive/b.txt",
          article("Weather report", "2024-05-08", "", "", "Sunny skies over Vienna all week."));
  REQUIRE(s.index({"add", (s.dir() / "archive").string(), "-q"}).status == 0);
}

// `news-search watch --db DB ARGS...`: watch is the first argument.
RunResult watch(const Sandbox& s, const std::vector<std::string>& args) {
  std::string line = shell_quote(NEWS_SEARCH_EXE) + " watch --db " + shell_quote(s.db().string());
  for (const std::string& arg : args)
    line += " " + shell_quote(arg);
  return run_shell(line, s.dir());
}

void save(const Sandbox& s, std::vector<std::string> args) {
  args.insert(args.begin(), "--save");
  const RunResult run = s.search(args);
  INFO(run.err);
  REQUIRE(run.status == 0);
}

const std::filesystem::path kGolden = golden_folder("watch");

} // namespace

TEST_SUITE("watch") {
  TEST_CASE("bug: the first watch's note was one line of 113 columns") {
    const Sandbox s;
    index_archive(s);
    save(s, {"opec", "opec"});
    const RunResult first = watch(s, {"opec"});
    CHECK(first.status == 1);
    REQUIRE(lines_of(first.err).size() == 2);
    for (const std::string& line : lines_of(first.err))
      CHECK(columns_of(line) <= 80);
  }

  TEST_CASE("watch across two syncs: first run, nothing new, then only the new article") {
    const Sandbox s;
    index_archive(s);
    save(s, {"opec", "opec", "OR", "crude"});

    const RunResult first = watch(s, {"opec"});
    CHECK(first.status == 1);
    CHECK(first.out.empty());
    CHECK(first.err == "first watch of 'opec': 1 matching article already indexed, not news;\n"
                       "the next watch reports those indexed after now\n");
    const RunResult nothing = watch(s, {"opec"});
    CHECK(nothing.status == 1);
    CHECK(nothing.out.empty());
    CHECK(nothing.err.empty());

    s.write("archive/c.txt",
            article("OPEC meets again", "2024-06-01", "AP", "https://example.com/opec-2",
                    "The cartel met again in Vienna about crude prices and "
                    "quotas; OPEC said more cuts could follow in July."));
    s.write("archive/d.txt", article("Crude stocks fall", "2024-06-02", "", "",
                                     "Crude stocks fell for a third week, traders said."));
    s.write("archive/e.txt", article("Football results", "2024-06-02", "", "", "A draw."));
    REQUIRE(s.index({"sync", "-q"}).status == 0);
    const RunResult news = watch(s, {"opec"});
    CHECK(news.status == 0);
    CHECK(news.err.empty());
    check_golden(kGolden / "digest.txt", replaced(news.out, s.dir().string(), "$DIR"));

    const RunResult again = watch(s, {"opec"});
    CHECK(again.status == 1);
    CHECK(again.out.empty());
  }

  TEST_CASE("watch --format jsonl: one new article a line") {
    const Sandbox s;
    index_archive(s);
    save(s, {"weather", "vienna"});
    REQUIRE(watch(s, {"weather"}).status == 1);
    s.write("archive/f.txt", article("Vienna floods", "2024-06-03", "ORF", "", "Vienna floods."));
    REQUIRE(s.index({"sync", "-q"}).status == 0);
    const RunResult news = watch(s, {"weather", "--format", "jsonl"});
    CHECK(news.status == 0);
    const std::vector<std::string> lines = lines_of(news.out);
    REQUIRE(lines.size() == 1);
    const nlohmann::json hit = nlohmann::json::parse(lines[0]);
    CHECK(hit["title"] == "Vienna floods");
    CHECK(watch(s, {"weather", "--format", "jsonl"}).status == 1);
  }

  TEST_CASE("watch: an article indexed again, unchanged or changed, is not news again") {
    const Sandbox s;
    index_archive(s);
    save(s, {"opec", "opec"});
    REQUIRE(watch(s, {"opec"}).status == 1);
    // Changed: corrected in place, the same docid (arrivals.hh).
    s.write("archive/a.txt", article("OPEC cuts output (corrected)", "2024-05-07", "Reuters",
                                     "https://example.com/opec-cut",
                                     "OPEC ministers agreed to cut crude output on Monday."));
    REQUIRE(s.index({"sync", "-q"}).status == 0);
    CHECK(watch(s, {"opec"}).status == 1);
    // Unchanged but read again: other bytes in the file, the same article.
    s.write("archive/a.txt", article("OPEC cuts output (corrected)", "2024-05-07", "Reuters",
                                     "https://example.com/opec-cut",
                                     "OPEC ministers agreed to cut crude output on Monday.\n\n"));
    REQUIRE(s.index({"sync", "-q"}).status == 0);
    CHECK(watch(s, {"opec"}).status == 1);
  }

  TEST_CASE("bug: compaction renumbered the docids, and watch missed what arrived after") {
    const Sandbox s;
    index_archive(s);
    save(s, {"weather", "vienna", "OR", "rain"});
    // a.txt has the first docid: with it gone, a renumbering compaction shifts every docid down.
    fs::remove(s.dir() / "archive" / "a.txt");
    REQUIRE(s.index({"sync", "-q"}).status == 0);
    REQUIRE(watch(s, {"weather"}).status == 1);
    s.write("archive/g.txt", article("Rain in Vienna", "2024-06-04", "", "", "Rain at last."));
    REQUIRE(s.index({"sync", "-q"}).status == 0);
    REQUIRE(s.index({"compact"}).status == 0);
    const RunResult news = watch(s, {"weather", "--format", "jsonl"});
    CHECK(news.status == 0);
    CHECK(count_of(news.out, "Rain in Vienna") == 1);
    CHECK(lines_of(news.out).size() == 1);
  }

  TEST_CASE("watch of an unknown name names the saved searches") {
    const Sandbox s;
    index_archive(s);
    const RunResult none = watch(s, {"opec"});
    CHECK(none.status == 2);
    CHECK(none.err == "news-search: no saved search 'opec' (there are none: save one with "
                      "--save NAME QUERY...)\n");
    save(s, {"opec", "opec"});
    save(s, {"gas", "gas"});
    const RunResult unknown = watch(s, {"oil"});
    CHECK(unknown.status == 2);
    CHECK(unknown.err == "news-search: no saved search 'oil' (saved searches: gas, opec)\n");
    CHECK(watch(s, {}).status == 2);
  }

  TEST_CASE("watch: the crontab example's line mails the digest, and nothing without news") {
    const Sandbox s;
    index_archive(s);
    save(s, {"opec", "opec"});
    REQUIRE(watch(s, {"opec"}).status == 1);
    std::string line;
    for (const std::string& row :
         lines_of(file_contents(fs::path(SCRIPTS_DIR) / "crontab.example")))
      if (!row.starts_with("#") && row.find("news-search watch") != std::string::npos) line = row;
    REQUIRE_FALSE(line.empty());
    for (int field = 0; field < 5; ++field) // the schedule
      line = line.substr(line.find(' ') + 1);
    line = replaced(line, "/usr/local/bin/news-index-cron",
                    std::string(SCRIPTS_DIR) + "/news-index-cron");
    line = replaced(line, "/usr/local/bin/news-search", NEWS_SEARCH_EXE);
    // A `mail` that keeps what it was given.
    s.write("bin/mail", "#!/bin/sh\nprintf '%s\\n' \"$@\" >\"$MAILED\".args\ncat >\"$MAILED\"\n");
    fs::permissions(s.dir() / "bin" / "mail", fs::perms::owner_all);
    const std::string env = "PATH=" + shell_quote((s.dir() / "bin").string()) +
                            ":$PATH NEWS_INDEX=" + shell_quote(NEWS_INDEX_EXE) +
                            " NEWS_INDEX_DB=" + shell_quote(s.db().string()) +
                            " XDG_STATE_HOME=" + shell_quote((s.dir() / "state").string()) +
                            " MAILED=" + shell_quote((s.dir() / "mailed").string());
    const auto cron = [&] { return run_shell("export " + env + "; " + line, s.dir()); };

    CHECK(cron().status == 1); // no news: no mail
    CHECK_FALSE(fs::exists(s.dir() / "mailed"));
    s.write("archive/c.txt", article("OPEC meets again", "2024-06-01", "AP",
                                     "https://example.com/opec-2", "OPEC met again."));
    const RunResult sent = cron();
    INFO(sent.err);
    CHECK(sent.status == 0);
    CHECK(file_contents(s.dir() / "mailed.args") == "-s\nopec: 1 new article\ndesk@example.com\n");
    CHECK(file_contents(s.dir() / "mailed")
              .starts_with("opec: 1 new article\nsaved search: opec\n\n 1. OPEC meets again\n"));
  }

  TEST_CASE("watch --help fits 80 columns and is its golden file") {
    const Sandbox s;
    const RunResult help = watch(s, {"--help"});
    CHECK(help.status == 0);
    for (const std::string& line : lines_of(help.out)) {
      CAPTURE(line);
      CHECK(line.size() <= 80);
    }
    check_golden(kGolden / "watch-help.txt", help.out);
  }
}

TEST_SUITE("saved searches") {
  TEST_CASE("saved:NAME inside a query with other words") {
    const Sandbox s;
    index_archive(s);
    save(s, {"opec", "opec"});
    CHECK(search_ids(s, {"saved:opec", "tuesday"}).size() == 1);
    CHECK(search_ids(s, {"saved:opec", "vienna"}).empty());
    CHECK(search_ids(s, {"saved:opec", "OR", "vienna"}).size() == 2);
    CHECK(search_ids(s, {"--any", "saved:opec", "vienna"}).empty()); // a filter, as person: is
    CHECK(search_ids(s, {"saved:opec", "-crude"}).empty());
    // A saved search's own options go with it: --since keeps out what is older.
    save(s, {"recent", "--since", "2024-05-08", "opec", "OR", "vienna"});
    CHECK(search_ids(s, {"saved:recent"}).size() == 1);
    CHECK(search_ids(s, {"saved:recent", "saved:opec"}).empty());
    CHECK(search_ids(s, {"saved:recent", "OR", "saved:opec"}).size() == 2);
    // A name that is a stopword is a name all the same.
    save(s, {"a", "opec"});
    CHECK(search_ids(s, {"saved:a", "crude"}).size() == 1);
  }

  TEST_CASE("saved searches: cycles are refused, directly or through others, and so is nesting too "
            "deep") {
    const Sandbox s;
    index_archive(s);
    const RunResult self = s.search({"--save", "a", "saved:a"});
    CHECK(self.status == 2);
    CHECK(self.err == "news-search: saved search 'a' refers to itself: a -> a\n");
    save(s, {"a", "opec"});
    save(s, {"b", "saved:a", "crude"});
    const RunResult cycle = s.search({"--save", "a", "saved:b"});
    CHECK(cycle.status == 2);
    CHECK(cycle.err == "news-search: saved search 'a' refers to itself: a -> b -> a\n");
    CHECK(search_ids(s, {"saved:b"}).size() == 1); // a is still what it was
    for (int level = 1; level <= 8; ++level)
      save(s, {"n" + std::to_string(level),
               level == 1 ? std::string("opec") : "saved:n" + std::to_string(level - 1)});
    CHECK(search_ids(s, {"saved:n8"}).size() == 1);
    const RunResult deep = s.search({"saved:n8", "--save", "n9"});
    CHECK(deep.status == 2);
    CHECK(deep.err == "news-search: saved searches nest more than 8 deep: "
                      "n9 -> n8 -> n7 -> n6 -> n5 -> n4 -> n3 -> n2 -> n1\n");
  }

  TEST_CASE("an unknown saved: name is refused naming the saved searches") {
    const Sandbox s;
    index_archive(s);
    save(s, {"opec", "opec"});
    const RunResult run = s.search({"saved:oil"});
    CHECK(run.status == 2);
    CHECK(run.err == "news-search: no saved search 'oil' (saved searches: opec)\n");
    const RunResult saving = s.search({"--save", "x", "saved:oil", "crude"});
    CHECK(saving.status == 2);
    CHECK(saving.err == run.err);
    const RunResult bad = s.search({"--save", "x", "persons:putin"});
    CHECK(bad.status == 2);
    CHECK(count_of(bad.err, "unknown field 'persons:'") == 1);
    CHECK(s.search({"--save", "no good", "opec"}).status == 2);
  }

  TEST_CASE("bug: a saved search lost its --lang, and searched every language's stems") {
    const Sandbox s;
    index_archive(s);
    save(s, {"agree-exact", "agree", "--lang", "none"}); // the text says "agreed"
    save(s, {"agree-en", "agree", "--lang", "English"});
    CHECK(s.search({"--count", "saved:agree-exact"}).status == 1);
    CHECK(s.search({"--count", "saved:agree-en"}).out == "1\n");
    CHECK(s.search({"--saved"}).out == "agree-en     agree --lang en\n"
                                       "agree-exact  agree --lang none\n");
    const nlohmann::json json = nlohmann::json::parse(s.search({"--saved", "-f", "json"}).out);
    CHECK(json["saved_searches"][0]["lang"] == "en");
    CHECK(json["saved_searches"][1]["lang"] == "none");
    // watch reads it the same way: its first run counts what matches.
    CHECK(watch(s, {"agree-exact"}).err.starts_with("first watch of 'agree-exact': 0 matching"));
    CHECK(watch(s, {"agree-en"}).err.starts_with("first watch of 'agree-en': 1 matching"));
  }

  TEST_CASE("--saved lists them in text and JSON, --unsave removes one not in use") {
    const Sandbox s;
    index_archive(s);
    const RunResult empty = s.search({"--saved"});
    CHECK(empty.status == 1);
    CHECK(empty.out.empty());
    save(s, {"opec", "opec", "crude", "--any"});
    save(s, {"energy-2024", "saved:opec", "--since", "2024-01-01", "--until", "2024-12-31"});
    const RunResult text = s.search({"--saved"});
    CHECK(text.status == 0);
    CHECK(text.out == "energy-2024  saved:opec --since 2024-01-01 --until 2024-12-31\n"
                      "opec         opec crude --any\n");
    const nlohmann::json json = nlohmann::json::parse(s.search({"--saved", "-f", "json"}).out);
    REQUIRE(json["saved_searches"].size() == 2);
    CHECK(json["saved_searches"][1]["name"] == "opec");
    CHECK(json["saved_searches"][1]["any"] == true);
    CHECK(json["saved_searches"][1]["since"].is_null());
    CHECK(json["saved_searches"][0]["until"] == "2024-12-31");
    CHECK(json["saved_searches"][0]["lang"].is_null());
    CHECK(s.search({"--saved", "-f", "csv"}).status == 2);

    const RunResult in_use = s.search({"--unsave", "opec"});
    CHECK(in_use.status == 2);
    CHECK(in_use.err ==
          "news-search: saved search 'energy-2024' uses 'opec': change or remove it first\n");
    CHECK(lines_of(s.search({"--saved"}).out).size() == 2); // nothing removed
    CHECK(s.search({"--unsave", "energy-2024"}).out == "removed saved search 'energy-2024'\n");
    CHECK(s.search({"--unsave", "opec"}).status == 0);
    CHECK(s.search({"--unsave", "opec"}).status == 2);
  }

  TEST_CASE("--save and watch wait for a writer and say so, a missing index is not created") {
    const Sandbox s;
    const RunResult missing = s.search({"--save", "opec", "opec"});
    CHECK(missing.status == 2);
    CHECK_FALSE(fs::exists(s.db()));
    index_archive(s);
    save(s, {"opec", "opec"});
    {
      const Xapian::WritableDatabase writer(s.db().string(), Xapian::DB_OPEN);
      const RunResult locked = watch(s, {"opec", "--lock-timeout", "1"});
      CHECK(locked.status == 75);
      CHECK(count_of(locked.err, "is locked by another writer; waiting up to 1 s for it\n") == 1);
      CHECK(count_of(locked.err, "news-search: the index at ") == 1);
    }
    // The first watch was not recorded: it is the first again.
    CHECK(count_of(watch(s, {"opec"}).err, "first watch of 'opec'") == 1);
    CHECK(s.search({"--saved"}).out == "opec  opec\n");
  }
}
