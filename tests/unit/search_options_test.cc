#include "searcher/search_options.hh"

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

namespace {

SearchConfig parsed(const std::vector<std::string>& args) {
  const std::optional<SearchConfig> config = parse_search_options(args);
  REQUIRE(config);
  return *config;
}

} // namespace

TEST_SUITE("search options") {
  TEST_CASE("bug: news-search opec -saudi fails as an unknown option") {
    CHECK(parsed({"opec", "-saudi"}).request.query == "opec -saudi");
    CHECK(parsed({"opec", "-saudi", "oil"}).request.query == "opec -saudi oil");
    // `-n...`/`-f...` would have been taken for --limit and --format.
    CHECK(parsed({"opec", "-nigeria", "-fed"}).request.query == "opec -nigeria -fed");
    CHECK(parsed({"opec", "-hamas"}).request.query == "opec -hamas"); // not -h: help
    // Options keep working around the words, short ones too.
    const SearchConfig config = parsed({"--db", "x", "opec", "-n", "5", "-saudi", "-fjson",
                                        "--since=1987", "--until", "1988", "--any"});
    CHECK(config.request.query == "opec -saudi");
    CHECK(config.db == "x");
    CHECK(config.request.limit == 5);
    CHECK(parsed({"opec", "-n7"}).request.limit == 7);
    CHECK(config.format == OutputFormat::Json);
    CHECK(config.request.since == "1987");
    CHECK(config.request.until == "1988");
    CHECK(config.request.any);
    // An option's value is never taken for a word, nor a word for a value.
    CHECK(parsed({"--db", "-odd", "opec"}).request.query == "opec");
    CHECK(parsed({"--db", "-odd", "opec"}).db == "-odd");
    CHECK(parsed({"--", "-saudi", "opec"}).request.query == "-saudi opec");
    CHECK(parsed({"opec", "--", "--any"}).request.query == "opec --any");
  }

  TEST_CASE("a -word before any word to find is an unknown option, with the hint") {
    try {
      parse_search_options({"-saudi", "opec"});
      FAIL("-saudi was accepted as an option");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Usage);
      CHECK(std::string(e.what()).find("unrecognised option '-saudi'") != std::string::npos);
      CHECK(e.hint().find("news-search -- -saudi opec") != std::string::npos);
    }
  }

  TEST_CASE("--timeout: seconds, 20 by default, 0 for none") {
    CHECK(parsed({"opec"}).timeout_seconds == 20);
    CHECK(parsed({"--timeout", "0", "opec"}).timeout_seconds == 0);
    CHECK_THROWS_AS(parse_search_options({"--timeout", "-1", "opec"}), Error);
  }

  TEST_CASE("--db may be repeated: the shards of one search, saved searches want one") {
    const SearchConfig config =
        parsed({"--db", "a", "--db", "remote h:1", "--allow-partial", "opec"});
    CHECK(config.dbs == std::vector<std::string>{"a", "remote h:1"});
    CHECK(config.allow_partial);
    CHECK_FALSE(parsed({"opec"}).allow_partial);
    CHECK_THROWS_AS(parse_search_options({"--db", "a", "--db", "b", "--save", "n", "opec"}), Error);
  }
}
