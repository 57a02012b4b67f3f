// Unicode words end to end (issue 14): case folding and normalisation in
// every script on both sides (Straße and STRASSE, ligatures, full-width
// letters, Greek final sigma), right-to-left text found and shown intact,
// Chinese and Japanese titles fitted to the terminal by display columns,
// suggestions and snippets with their accents, and an index of schema 4
// told to rebuild. The fixture (tests/fixtures/languages/unicode.jsonl)
// holds articles written for these tests.
#include <algorithm>
#include <clocale>
#include <cwchar>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const std::string kUnicode = std::string(FIXTURES_DIR) + "/languages/unicode.jsonl";

const Sandbox& unicode() {
  static const Sandbox sandbox;
  static const bool indexed = [] {
    const RunResult run = sandbox.index({"add", "--quiet", kUnicode});
    REQUIRE(run.status == 0);
    return true;
  }();
  (void)indexed;
  return sandbox;
}

using Ids = std::vector<std::string>;

Ids ids_of(std::vector<std::string> args) {
  Ids ids = search_ids(unicode(), std::move(args));
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Columns of a line as the C library's wcswidth counts them (C.UTF-8): a
// second opinion on news-search's own count (ICU's East Asian width).
int wcswidth_of(const std::string& line) {
  std::setlocale(LC_CTYPE, "C.UTF-8");
  std::wstring wide(line.size() + 1, L'\0');
  const std::size_t n = std::mbstowcs(wide.data(), line.c_str(), wide.size());
  REQUIRE(n != static_cast<std::size_t>(-1));
  wide.resize(n);
  return wcswidth(wide.c_str(), wide.size());
}

nlohmann::json first_hit(std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "json"});
  const RunResult run = unicode().search(args);
  REQUIRE(run.status == 0);
  const nlohmann::json json = nlohmann::json::parse(run.out);
  REQUIRE(!json["hits"].empty());
  return json["hits"][0];
}

} // namespace

TEST_SUITE("e2e: Unicode words") {
  TEST_CASE("full case folding and NFKC meet on both sides") {
    CHECK(ids_of({"STRASSE"}) == Ids{"de-strasse"});
    CHECK(ids_of({"HAUPTSTRASSE"}) == Ids{"de-strasse"});
    CHECK(ids_of({"straße"}) == Ids{"de-strasse"});
    CHECK(ids_of({"final", "offer"}) == Ids{"en-ligature"}); // ﬁ and ﬀ ligatures
    CHECK(ids_of({"nato"}) == Ids{"en-ligature"});           // full-width ＮＡＴＯ
    CHECK(ids_of({"δρομος"}) == Ids{"el-1"}); // final ς meets the title's capital Σ
    CHECK(ids_of({"ΑΘΗΝΑ"}) == Ids{"el-1"});
  }

  TEST_CASE("bug: Greek accents were not folded (νεος did not find νέος)") {
    CHECK(ids_of({"νεος"}) == Ids{"el-1"});     // the body writes νέος
    CHECK(ids_of({"δημαρχος"}) == Ids{"el-1"}); // δήμαρχος
    CHECK(ids_of({"ΔΉΜΑΡΧΟΣ"}) == Ids{"el-1"});
    CHECK(ids_of({"κυκλοφορια"}) == Ids{"el-1"}); // κυκλοφορία
  }

  TEST_CASE("right-to-left text is found and shown as written") {
    CHECK(ids_of({"المحادثات"}) == Ids{"ar-1"});
    CHECK(ids_of({"התקציב"}) == Ids{"he-1"});
    CHECK(first_hit({"התקציב"})["title"] == "הממשלה אישרה את התקציב");
    CHECK(first_hit({"القاهرة"})["title"] == "محادثات السلام في القاهرة");
    const std::string snippet = first_hit({"התקציב"})["snippet"];
    CHECK(snippet.find("התקציב") != std::string::npos);
  }

  TEST_CASE("Chinese and Japanese titles and snippets fit 80 columns") {
    for (const char* query : {"北京", "東京都"}) {
      CAPTURE(query);
      const RunResult run =
          run_shell("COLUMNS=80 " + shell_quote(NEWS_SEARCH_EXE) + " --db " +
                        shell_quote(unicode().db().string()) + " --color never " + query,
                    unicode().dir());
      REQUIRE(run.status == 0);
      const std::vector<std::string> lines = lines_of(run.out);
      REQUIRE(lines.size() >= 3);
      int widest = 0;
      for (const std::string& line : lines) {
        CAPTURE(line);
        CHECK(wcswidth_of(line) <= 80);
        widest = std::max(widest, wcswidth_of(line));
      }
      CHECK(widest >= 78); // the title is cut by columns, not by characters
      CHECK(lines[0].ends_with("…"));
    }
  }

  TEST_CASE("snippets and suggestions keep the accents of the article") {
    CHECK(ids_of({"seisme"}) == Ids{"fr-seisme"});
    const std::string snippet = first_hit({"seisme"})["snippet"];
    CHECK(snippet.find("séisme") != std::string::npos);
    const RunResult run = unicode().search({"--format", "json", "sésime"});
    const nlohmann::json json = nlohmann::json::parse(run.out);
    CHECK(json["did_you_mean"] == "séisme");
    // The word without its accents is found already: nothing to suggest.
    CHECK(
        nlohmann::json::parse(unicode().search({"--format", "json", "seisme"}).out)["did_you_mean"]
            .is_null());
  }

  TEST_CASE("an index of schema version 4 is refused with the way to rebuild it") {
    Sandbox sandbox;
    const auto story =
        sandbox.write("in/story.jsonl", "{\"id\": \"s\", \"lang\": \"de\", \"title\": \"Die "
                                        "Straße\", \"body\": \"Die Straße ist gesperrt.\"}\n");
    REQUIRE(sandbox.index({"add", "--quiet", story.string()}).status == 0);
    {
      // What news-index wrote before Unicode words: version 4, its features.
      Xapian::WritableDatabase db(sandbox.db().string());
      std::string features = db.get_metadata("features");
      const std::size_t line = features.find("unicode-words\t");
      REQUIRE(line != std::string::npos);
      features.erase(line, features.find('\n', line) + 1 - line);
      db.set_metadata("features", features);
      db.set_metadata("schema_version", "4");
      db.commit();
    }
    const RunResult search = sandbox.search({"STRASSE"});
    CHECK(search.status == 2);
    CHECK(search.err.find("lacks features this program needs: unicode-words") != std::string::npos);
    CHECK(search.err.find("news-index --db " + sandbox.db().string() + " rebuild") !=
          std::string::npos);
    REQUIRE(sandbox.index({"rebuild", "--quiet"}).status == 0);
    CHECK(search_ids(sandbox, {"STRASSE"}) == Ids{"s"});
  }
}
