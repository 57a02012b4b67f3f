// Articles in several languages, end to end: each is found by the words of
// its own language's inflections, `lang:` filters, CJK words match, and an
// index of an older schema says how to rebuild it. The fixture
// (tests/fixtures/languages/mixed.jsonl) holds articles written for these
// tests: Russian, German, French, Spanish, English, Chinese, a German one that
// declares itself English, and one too short to tell.
#include <algorithm>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const std::string kMixed = std::string(FIXTURES_DIR) + "/languages/mixed.jsonl";

const Sandbox& mixed() {
  static const Sandbox sandbox;
  static const bool indexed = [] {
    const RunResult run = sandbox.index({"add", "--quiet", kMixed});
    REQUIRE(run.status == 0);
    return true;
  }();
  (void)indexed;
  return sandbox;
}

std::vector<std::string> ids_of(std::vector<std::string> args) {
  std::vector<std::string> ids = search_ids(mixed(), std::move(args));
  std::sort(ids.begin(), ids.end());
  return ids;
}

using Ids = std::vector<std::string>;

} // namespace

TEST_SUITE("e2e: languages") {
  TEST_CASE("a word finds its inflections in the article's language") {
    CHECK(ids_of({"Путин"}) == Ids{"ru-1"});
    CHECK(ids_of({"Путина"}) == Ids{"ru-1"});
    CHECK(ids_of({"Straßenbahn"}) == Ids{"de-1"});
    CHECK(ids_of({"strassenbahnen"}) == Ids{"de-1"});
    CHECK(ids_of({"agriculteur"}) == Ids{"fr-1"});
    CHECK(ids_of({"medida"}) == Ids{"es-1"});
    CHECK(ids_of({"tram"}) == Ids{"en-1"});
  }

  TEST_CASE("ё and е are one letter") { CHECK(ids_of({"еще", "визита"}) == Ids{"ru-1"}); }

  TEST_CASE("lang: filters, and each article has its language") {
    CHECK(ids_of({"lang:de"}) == Ids{"de-1", "declared-wrong"});
    CHECK(ids_of({"lang:ru", "Путин"}) == Ids{"ru-1"});
    CHECK(ids_of({"lang:fr", "Путин"}).empty());
    const RunResult run =
        mixed().search({"--format", "json", "--fields", "id,language", "id:short"});
    REQUIRE(run.status == 0);
    // Too short to tell: undetermined, not guessed.
    CHECK(nlohmann::json::parse(run.out)["hits"][0]["language"].is_null());
  }

  TEST_CASE("a declared language the text contradicts gives way to detection") {
    const RunResult run =
        mixed().search({"--format", "json", "--fields", "id,language", "id:declared-wrong"});
    REQUIRE(run.status == 0);
    CHECK(nlohmann::json::parse(run.out)["hits"][0]["language"] == "de");
  }

  TEST_CASE("Chinese words match by their characters") {
    CHECK(ids_of({"北京"}) == Ids{"zh-1"});
    CHECK(ids_of({"德国总理"}) == Ids{"zh-1"});
    CHECK(ids_of({"东京"}).empty());
  }

  TEST_CASE("--lang picks one stemmer, and none the exact words") {
    CHECK(ids_of({"--lang", "ru", "Путина"}) == Ids{"ru-1"});
    CHECK(ids_of({"--lang", "none", "путина"}) == Ids{"ru-1"});
    CHECK(ids_of({"--lang", "none", "путин"}) == Ids{"ru-1"}); // "Путин" is in the text too
    CHECK(ids_of({"--lang", "none", "straßenbahn"}).empty());
  }

  TEST_CASE("bug: --lang and lang: took only a bare code, and searched without stems otherwise") {
    for (const char* named : {"DE", "de-AT", "German", "deutsch"}) {
      CAPTURE(named);
      CHECK(ids_of({"--lang", named, "Straßenbahn"}) == Ids{"de-1"});
      CHECK(ids_of({std::string("lang:") + named}) == Ids{"de-1", "declared-wrong"});
    }
    CHECK(ids_of({"lang:fr OR lang:Spanish"}) == Ids{"es-1", "fr-1"});
    CHECK(ids_of({"lang:français"}) == Ids{"fr-1"}); // the query's accents are folded
    CHECK(ids_of({"lang:русский"}) == Ids{"ru-1"});
  }

  TEST_CASE("a language that names no language is an error, not a search without stems") {
    const RunResult option = mixed().search({"--lang", "martian", "Straßenbahn"});
    CHECK(option.status == 2);
    CHECK(option.err == "news-search: --lang: 'martian' is not a language (a code such as en or "
                        "de, a name such as German, or none)\n");
    const RunResult filter = mixed().search({"lang:martian"});
    CHECK(filter.status == 2);
    CHECK(filter.err.find("lang:martian is not a language") != std::string::npos);
  }

  TEST_CASE("lang: takes a code no language has when the index holds it (its facet lists it)") {
    Sandbox sandbox;
    const auto file = sandbox.write("private.jsonl",
                                    "{\"id\": \"private\", \"title\": \"Xy\", \"lang\": \"qaa\", "
                                    "\"body\": \"Zork.\"}\n");
    REQUIRE(sandbox.index({"add", "--quiet", file.string()}).status == 0);
    CHECK(search_ids(sandbox, {"lang:qaa"}) == Ids{"private"});
    CHECK(sandbox.search({"lang:qab"}).status == 2);
  }

  TEST_CASE("an index of schema version 3 is refused with the way to rebuild it") {
    Sandbox sandbox;
    const auto story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    REQUIRE(sandbox.index({"add", "--quiet", story.string()}).status == 0);
    {
      // What news-index wrote before languages: version 3, no features recorded.
      Xapian::WritableDatabase db(sandbox.db().string());
      db.set_metadata("features", "");
      db.set_metadata("schema_version", "3");
      db.commit();
    }
    const RunResult search = sandbox.search({"oil"});
    CHECK(search.status == 2);
    CHECK(search.err.find("lacks features this program needs: language-stems") !=
          std::string::npos);
    CHECK(search.err.find("news-index --db " + sandbox.db().string() + " rebuild") !=
          std::string::npos);
    const RunResult rebuild = sandbox.index({"rebuild", "--quiet"});
    CHECK(rebuild.status == 0);
    CHECK(search_ids(sandbox, {"oil"}).size() == 1);
    CHECK(search_ids(sandbox, {"prices"}).size() == 1);
  }

  TEST_CASE("an index of stems only (before exact words with positions) is told to rebuild") {
    Sandbox sandbox;
    const auto story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    REQUIRE(sandbox.index({"add", "--quiet", story.string()}).status == 0);
    {
      // What the news-index before it recorded: every feature but this one.
      Xapian::WritableDatabase db(sandbox.db().string());
      std::string features = db.get_metadata("features"), kept;
      std::size_t start = 0;
      while (start < features.size()) {
        const std::size_t end = std::min(features.find('\n', start), features.size());
        const std::string line = features.substr(start, end - start);
        if (!line.starts_with("exact-word-positions\t")) kept += line + "\n";
        start = end + 1;
      }
      REQUIRE(kept.size() < features.size());
      db.set_metadata("features", kept);
      db.commit();
    }
    const RunResult search = sandbox.search({"oil"});
    CHECK(search.status == 2);
    CHECK(search.err.find("lacks features this program needs: exact-word-positions") !=
          std::string::npos);
    CHECK(sandbox.index({"rebuild", "--quiet"}).status == 0);
    CHECK(search_ids(sandbox, {"\"crude oil\""}).size() == 1);
    CHECK(search_ids(sandbox, {"price"}).size() == 1);
  }
}
