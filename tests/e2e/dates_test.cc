// Dates end to end: records whose values cannot be read.
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
}
