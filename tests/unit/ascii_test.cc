#include "common/ascii.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("ascii") {
  TEST_CASE("case of ASCII letters only, UTF-8 bytes pass through") {
    CHECK(is_ascii_upper('Q'));
    CHECK_FALSE(is_ascii_upper('q'));
    CHECK(is_ascii_lower('q'));
    CHECK_FALSE(is_ascii_lower('7'));
    CHECK_FALSE(is_ascii_lower('\xc3')); // the first byte of `é`
    CHECK(ascii_capitalised("lawson") == "Lawson");
    CHECK(ascii_capitalised("Lawson") == "Lawson");
    CHECK(ascii_capitalised("\xc3\xa9mile") == "\xc3\xa9mile"); // `émile` stays
    CHECK(ascii_capitalised("") == "");
    CHECK(to_lower("NFL Émile") == "nfl Émile");
  }
}
