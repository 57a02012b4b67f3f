#include "server/access_token.hh"

#include <doctest/doctest.h>

#include "common/error.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;

TEST_SUITE("access token") {
  TEST_CASE("tokens are equal only when every byte and the length are") {
    CHECK(tokens_equal("0123456789abcdef", "0123456789abcdef"));
    CHECK_FALSE(tokens_equal("0123456789abcdeF", "0123456789abcdef"));
    CHECK_FALSE(tokens_equal("0123456789abcde", "0123456789abcdef"));   // a prefix
    CHECK_FALSE(tokens_equal("0123456789abcdefx", "0123456789abcdef")); // longer
    CHECK_FALSE(tokens_equal("", "0123456789abcdef"));
    // A NUL byte in place of the missing ones is no match either.
    CHECK_FALSE(tokens_equal(std::string_view("ab\0", 3), "ab"));
  }

  TEST_CASE("the bearer token of an Authorization header") {
    CHECK(bearer_token("Bearer abc") == "abc");
    CHECK(bearer_token("bearer  abc ") == "abc");
    CHECK_FALSE(bearer_token("Basic YWxhZGRpbjpvcGVu"));
    CHECK_FALSE(bearer_token("Bearer "));
    CHECK_FALSE(bearer_token("Bearer"));
    CHECK_FALSE(bearer_token(""));
  }

  TEST_CASE("a cookie among others") {
    CHECK(cookie_value("a=1; news_token=xyz; b=2", "news_token") == "xyz");
    CHECK(cookie_value("news_token=xyz", "news_token") == "xyz");
    CHECK_FALSE(cookie_value("my_news_token=xyz", "news_token"));
    CHECK_FALSE(cookie_value("", "news_token"));
    CHECK(login_cookie("t0ken") ==
          "news_token=t0ken; HttpOnly; SameSite=Lax; Path=/; Max-Age=2592000");
    CHECK(login_cookie("t0ken", true) ==
          "news_token=t0ken; HttpOnly; SameSite=Lax; Path=/; Max-Age=2592000; Secure");
  }

  TEST_CASE("the token file: its first line, trimmed, short or odd tokens refused") {
    const test::TempDir dir;
    CHECK(read_token_file(dir.write("ok", "  0123456789abcdef \nsecond line\n")) ==
          "0123456789abcdef");
    CHECK_THROWS_WITH_AS(read_token_file(dir.write("short", "abc\n")),
                         doctest::Contains("must be 16 to 1024 characters"), Error);
    CHECK_THROWS_WITH_AS(read_token_file(dir.write("space", "0123456789 abcdef\n")),
                         doctest::Contains("printable ASCII"), Error);
    CHECK_THROWS_WITH_AS(read_token_file(dir.write("semicolon", "0123456789;abcdef\n")),
                         doctest::Contains("printable ASCII"), Error);
    CHECK_THROWS_WITH_AS(read_token_file(dir.path / "missing"),
                         doctest::Contains("cannot read the token"), Error);
    CHECK_THROWS_WITH_AS(read_token_file(dir.write("empty", "")),
                         doctest::Contains("cannot read the token"), Error);
  }
}
