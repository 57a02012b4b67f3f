// The real corpora beside the project (../shared/corpora, or $NEWS_CORPORA_DIR), when present.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/schema.hh"
#include "tests/e2e/cli_runner.hh"
#include "tests/corpora_dir.hh"
#include "tests/skip.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpora = corpora_dir();

bool present(const fs::path& path) {
  if (fs::exists(path)) return true;
  skip_test(path.string() + " is absent");
  return false;
}

} // namespace

TEST_SUITE("e2e: corpora") {
  TEST_CASE("Reuters-21578 JSONL indexes completely, with dates") {
    const fs::path file = kCorpora / "reuters21578/articles.jsonl";
    if (!present(file)) return;
    Sandbox s;
    RunResult run = s.index({"add", file.string()});
    CHECK(run.status == 0);
    CHECK(run.out.starts_with("21577 added, 0 updated, 0 unchanged, 0 removed, 0 failed"));
    // The one record with neither title nor body is named in a warning.
    const std::vector<std::string> warnings = lines_of(run.err);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find(
              "articles.jsonl:12793: record \"reuters-12793\" has neither title nor body") !=
          std::string::npos);
    Xapian::Database db(s.db().string());
    CHECK(db.get_doccount() == 21577);
    // Every article has its date but the single record that has none.
    CHECK(db.get_value_freq(news::slot_of(news::Field::Date)) == 21576);
    CHECK(lines_of(s.search({"--format", "ids", "cocoa", "bahia", "year:1987", "--limit", "0"}).out)
              .size() >= 5);
  }

  TEST_CASE("bug: Reuters' names in angle brackets vanish from the bodies") {
    const fs::path file = kCorpora / "reuters21578/articles.jsonl";
    if (!present(file)) return;
    Sandbox s;
    RunResult run = s.index({"inspect", "--format", "jsonl", "--no-entities", file.string()});
    CHECK(run.status == 0);
    std::size_t with_brackets = 0; // 3,803 bodies of the dump have `<Name>`; 4 kept one before
    std::string reuters_978;
    for (const std::string& line : lines_of(run.out)) {
      const nlohmann::json article = nlohmann::json::parse(line);
      const std::string body = article["body"].get<std::string>();
      if (body.find('<') != std::string::npos) ++with_brackets;
      if (article["id"] == "reuters-978") reuters_978 = body;
    }
    CHECK(with_brackets == 3803);
    CHECK(reuters_978.find("majority holding in <New London Oil Ltd> of London to an affiliate "
                           "of <Guinness Peat Group PLC> of London and an affiliate of <Sidro "
                           "SA> of Belgium") != std::string::npos);
  }

  TEST_CASE("BBC News folders index, the file that is not UTF-8 with a warning") {
    const fs::path bbc = kCorpora / "bbc";
    if (!present(bbc)) return;
    Sandbox s;
    std::vector<std::string> args = {"add"};
    for (const char* topic : {"business", "entertainment", "politics", "sport", "tech"})
      args.push_back((bbc / topic).string());
    RunResult run = s.index(args);
    CHECK(run.status == 0);
    CHECK(run.out.starts_with("2225 added, 0 updated, 0 unchanged, 0 removed, 0 failed"));
    CHECK(run.err.find("sport/199.txt: not valid UTF-8: read as Windows-1252") !=
          std::string::npos);
    CHECK(Xapian::Database(s.db().string()).get_doccount() == 2225);
    // The pound sign of that file (byte 0xA3 in Windows-1252) came through.
    RunResult hit = s.search({"--format", "json", "Mutu", "chelsea", "sacked"});
    CHECK(hit.status == 0);
    // No story has a date (bug: undated articles got the file's modification time):
    // none is from last week, and all are counted as undated.
    CHECK(Xapian::Database(s.db().string()).get_value_freq(news::slot_of(news::Field::Date)) == 0);
    CHECK(s.search({"--count", "--since", "7d", "china"}).out == "0\n");
    // The histogram counts stories, as --count does (85 stories of 92 articles).
    CHECK(s.search({"--count", "china"}).out == "85\n");
    CHECK(s.search({"--histogram", "month", "--limit", "1", "china"})
              .out.starts_with("(undated: 85)\n"));
    CHECK(s.search({"--histogram", "month", "--all-versions", "--limit", "1", "china"})
              .out.starts_with("(undated: 92)\n"));
  }
}
