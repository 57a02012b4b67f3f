// Katakana and Chinese names found under the Latin names of the people they
// read as (common/name_readings.hh), end to end: texts written for this test.
#include <cstdlib>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

const Sandbox& indexed() {
  static const Sandbox sandbox;
  static const RunResult run = [] {
    sandbox.write("articles/ja-putin.txt", "Title: プーチン大統領が演説\nDate: 2024-03-28\n"
                                           "Language: ja\n\n"
                                           "ロシアのプーチン大統領は二十八日、演説した。\n");
    sandbox.write("articles/zh-xi.txt", "Title: 国家主席会见来宾\nDate: 2024-03-28\n"
                                        "Language: zh\n\n"
                                        "国家主席习近平周四会见了来宾。\n");
    sandbox.write("articles/ja-other.txt", "Title: 演説\nDate: 2024-03-28\nLanguage: ja\n\n"
                                           "ロシアのメドベージェフ首相は演説した。\n");
    // The user's aliases name the person: the known Latin name the katakana reads as.
    const auto aliases = sandbox.write("aliases.toml", "[person]\n\"Vladimir Putin\" = []\n");
    ::setenv("NEWS_ALIASES", aliases.c_str(), 1);
    RunResult result = sandbox.index({"add", (sandbox.dir() / "articles").string()});
    ::unsetenv("NEWS_ALIASES");
    return result;
  }();
  REQUIRE(run.status == 0);
  return sandbox;
}

} // namespace

TEST_SUITE("e2e: name readings") {
  TEST_CASE("person:putin finds the Japanese article that writes プーチン大統領") {
    const std::vector<std::string> ids = search_ids(indexed(), {"person:putin"});
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].ends_with("ja-putin.txt"));
    CHECK(search_ids(indexed(), {"person:\"vladimir putin\""}) == ids);
  }

  TEST_CASE("person:\"xi jinping\" finds the Chinese article that writes 习近平") {
    const std::vector<std::string> ids = search_ids(indexed(), {"person:\"xi jinping\""});
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].ends_with("zh-xi.txt"));
  }

  TEST_CASE("a katakana name no known name reads as stays as it was") {
    const std::vector<std::string> ids = search_ids(indexed(), {"person:メドベージェフ"});
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].ends_with("ja-other.txt"));
  }
}
