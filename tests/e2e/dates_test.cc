// Dates end to end: records whose values cannot be read, and articles that
// have no date (neither in their content nor in their path).
#include <algorithm>
#include <fstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

// Good records beside bad ones: a date that is not one, a number of 400
// digits, one past a double's range, a Unix time in the year 1e22.
void write_bad_records(const Sandbox& s) {
  s.write(
      "feed/a.jsonl",
      R"({"id": "g1", "title": "Copper rises", "body": "Copper rose in London."})"
      "\n"
      R"({"id": "b1", "title": "Dot date", "body": "Copper dot.", "date": "."})"
      "\n"
      R"({"id": "g2", "title": "Copper falls", "body": "Copper fell in Lima.", "date": "2024-02-14"})"
      "\n");
  s.write("feed/b.jsonl",
          R"({"id": "b2", "title": "Long number", "body": "Copper long.", "count": )" +
              std::string(400, '9') + "}\n" +
              R"({"id": "b3", "title": "Overflow", "body": "Copper overflow.", "score": 1e400})"
              "\n"
              R"({"id": "b4", "title": "Far future", "body": "Copper far.", "date": 1e30})"
              "\n"
              R"({"id": "g3", "title": "Copper steady", "body": "Copper held in Chile."})"
              "\n");
}

void check_bad_record_messages(const RunResult& run) {
  CHECK(count_of(run.err, "internal error") == 0);
  CHECK(count_of(run.err, "a.jsonl:2: date \".\" is not a date") == 1);
  CHECK(count_of(run.err, "b.jsonl:1: cannot read JSON: number overflow parsing '999") == 1);
  CHECK(count_of(run.err, "b.jsonl:2: cannot read JSON: number overflow parsing '1e400'") == 1);
  CHECK(count_of(run.err, "b.jsonl:3: date \"1e+30\" is not a Unix time in the years") == 1);
  CHECK(lines_of(run.err).size() == 4);
}

std::string only(const std::vector<std::string>& lines) {
  REQUIRE(lines.size() == 1);
  return lines[0];
}

// A BBC-like copy: a story without any date, its file written just now;
// beside it one dated by its header and one by its path.
void write_undated_and_dated(const Sandbox& s) {
  s.write("in/bbc/business/498.txt",
          "Millions go missing at China bank\n\nTwo senior officials at one of China's top "
          "commercial banks have reportedly disappeared.\n");
  s.write("in/wire/dated.txt", "Date: 2024-05-01\n\nChina trade grows\n\nExports from China "
                               "grew again in April, customs said.\n");
  s.write("in/site/2024/03/28/story.txt",
          "China visit planned\n\nThe president plans to visit China in May.\n");
}

} // namespace

TEST_SUITE("e2e: dates") {
  TEST_CASE("bug: one bad record stops everything, for ever (internal error: stod)") {
    Sandbox s;
    write_bad_records(s);
    const std::string feed = (s.dir() / "feed").string();
    const RunResult add = s.index({"add", feed});
    CHECK(add.status == 1);
    CHECK(add.out.starts_with("5 added, 0 updated, 0 unchanged, 0 removed, 2 failed"));
    check_bad_record_messages(add);
    CHECK(articles_in(s) == 5);
    CHECK(search_ids(s, {"copper"}).size() == 5);

    // The next sync keeps them all and does not fail.
    const RunResult sync = s.index({"sync"});
    CHECK(sync.status == 0);
    CHECK(articles_in(s) == 5);

    // Changed, the file is read again: the same messages, its good records indexed.
    write_bad_records(s);
    const fs::path b = s.dir() / "feed/b.jsonl";
    {
      std::ofstream out(b, std::ios::app);
      out << R"({"id": "g4", "title": "Copper new", "body": "New copper."})"
          << "\n";
    }
    const RunResult changed = s.index({"sync"});
    CHECK(changed.status == 1);
    CHECK(count_of(changed.err, "b.jsonl:1: cannot read JSON") == 1);
    CHECK(count_of(changed.err, "b.jsonl:2: cannot read JSON") == 1);
    CHECK(count_of(changed.err, "a.jsonl") == 0); // unchanged, not read again
    CHECK(articles_in(s) == 6);
  }

  TEST_CASE("bug: undated articles get the file's modification time as their date") {
    Sandbox s;
    write_undated_and_dated(s);
    const RunResult add = s.index({"add", (s.dir() / "in").string()});
    REQUIRE(add.status == 0);
    const std::string undated = (s.dir() / "in/bbc/business/498.txt").string();
    const std::string dated = (s.dir() / "in/wire/dated.txt").string();
    const std::string by_path = (s.dir() / "in/site/2024/03/28/story.txt").string();

    // Never found by a date filter: the file was written today, the story was not.
    const RunResult recent = s.search({"--since", "7d", "china"});
    CHECK(recent.status == 1);
    CHECK(recent.out.empty());
    std::vector<std::string> since = search_ids(s, {"--since", "2024-01-01", "china"});
    std::sort(since.begin(), since.end());
    CHECK(since == std::vector<std::string>{by_path, dated}); // in/site < in/wire
    CHECK(search_ids(s, {"date:2024-03-28", "china"}) == std::vector<std::string>{by_path});
    // Found by its words, last whichever way the dates go.
    CHECK(search_ids(s, {"--sort", "newest", "china"}) ==
          std::vector<std::string>{dated, by_path, undated});
    CHECK(search_ids(s, {"--sort", "oldest", "china"}) ==
          std::vector<std::string>{by_path, dated, undated});
    CHECK(search_ids(s, {"china", "bank"}).front() == undated);

    // Shown as undated.
    const RunResult text = s.search({"missing", "bank"});
    CHECK(count_of(text.out, "  undated  " + undated) == 1);
    CHECK(count_of(s.index({"inspect", undated}).out, "  date:     undated") == 1);
    const nlohmann::json json =
        nlohmann::json::parse(s.search({"--format", "json", "--histogram", "month", "china"}).out);
    CHECK(json["undated"] == 1);
    CHECK(json["histogram"].front()["period"] == "2024-03");
    CHECK(json["histogram"].back()["period"] == "2024-05");
    CHECK(json["histogram"].size() == 3);
    for (const auto& hit : json["hits"]) {
      CAPTURE(hit["id"]);
      if (hit["id"] == undated) {
        CHECK(hit["date"].is_null());
        CHECK(hit["date_source"].is_null());
      } else {
        CHECK(hit["date_source"] == (hit["id"] == dated ? "metadata" : "path"));
      }
    }
    const std::string csv = s.search({"--format", "csv", "missing", "bank"}).out;
    CHECK(count_of(csv, "\r\n" + undated + ",,Millions go missing at China bank,") == 1);
    const RunResult histogram = s.search({"--histogram", "month", "missing", "bank"});
    CHECK(histogram.out.starts_with("(undated: 1)\n"));
    const nlohmann::json stats = nlohmann::json::parse(s.index({"stats", "--format", "json"}).out);
    CHECK(stats["undated"] == 1);
    CHECK(stats["articles"] == 3);
    CHECK(stats["last_date"] == "2024-05-01T00:00:00Z");
  }

  TEST_CASE("--file-dates opts in to file times, shown as such") {
    Sandbox s;
    write_undated_and_dated(s);
    REQUIRE(
        run_shell("touch -d '2021-07-04 12:00:00 UTC' in/bbc/business/498.txt", s.dir()).status ==
        0);
    REQUIRE(s.index({"add", "--file-dates", (s.dir() / "in").string()}).status == 0);
    const std::string undated = (s.dir() / "in/bbc/business/498.txt").string();
    CHECK(only(search_ids(s, {"date:2021-07", "china"})) == undated);
    const RunResult text = s.search({"missing", "bank"});
    CHECK(count_of(text.out, "2021-07-04 (file date)") == 1);
    // The path's day still comes before the file's time.
    CHECK(search_ids(s, {"date:2024-03-28", "china"}).size() == 1);
  }
}
