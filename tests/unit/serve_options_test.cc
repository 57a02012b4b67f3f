#include "server/serve_options.hh"

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

namespace {

ServeConfig parsed(const std::vector<std::string>& args) {
  const std::optional<ServeConfig> config = parse_serve_options(args);
  REQUIRE(config);
  return *config;
}

} // namespace

TEST_SUITE("serve options") {
  TEST_CASE("defaults: loopback, port 8080, no token") {
    const ServeConfig config = parsed({});
    CHECK(config.bind == "127.0.0.1");
    CHECK(config.port == 8080);
    CHECK(config.max_limit == 100);
    CHECK_FALSE(config.token_file);
    CHECK(config.log == LogFormat::Text);
  }

  TEST_CASE("every option read back") {
    const ServeConfig config = parsed({"--db",
                                       "d",
                                       "--db",
                                       "remote h:1",
                                       "--allow-partial",
                                       "--bind",
                                       "0.0.0.0",
                                       "--port",
                                       "0",
                                       "--threads",
                                       "3",
                                       "--token-file",
                                       "t",
                                       "--max-limit",
                                       "50",
                                       "--timeout",
                                       "0",
                                       "--request-timeout",
                                       "2",
                                       "--log",
                                       "json"});
    CHECK(config.dbs == std::vector<std::string>{"d", "remote h:1"});
    CHECK(config.allow_partial);
    CHECK(config.bind == "0.0.0.0");
    CHECK(config.port == 0);
    CHECK(config.threads == 3);
    CHECK(config.token_file == "t");
    CHECK(config.max_limit == 50);
    CHECK(config.search_timeout == std::chrono::seconds(0));
    CHECK(config.request_timeout == std::chrono::seconds(2));
    CHECK(config.log == LogFormat::Json);
  }

  TEST_CASE("a non-loopback address without a token is refused") {
    CHECK_THROWS_WITH_AS(parse_serve_options({"--bind", "0.0.0.0"}),
                         doctest::Contains("--bind 0.0.0.0: a non-loopback address needs "
                                           "--token-file"),
                         Error);
    CHECK_THROWS_AS(parse_serve_options({"--bind", "::"}), Error);
    CHECK_THROWS_AS(parse_serve_options({"--bind", "news.example.org"}), Error);
    CHECK(parsed({"--bind", "127.0.0.2"}).bind == "127.0.0.2");
    CHECK(parsed({"--bind", "::1"}).bind == "::1");
    CHECK(parsed({"--bind", "localhost"}).bind == "localhost");
  }

  TEST_CASE("loopback addresses") {
    CHECK(is_loopback("127.0.0.1"));
    CHECK(is_loopback("127.255.0.9"));
    CHECK(is_loopback("::1"));
    CHECK(is_loopback("::ffff:127.0.0.1"));
    CHECK_FALSE(is_loopback("128.0.0.1"));
    CHECK_FALSE(is_loopback("0.0.0.0"));
    CHECK_FALSE(is_loopback("::"));
    CHECK_FALSE(is_loopback("::ffff:10.0.0.1"));
    CHECK_FALSE(is_loopback("127.0.0.1.example.org"));
  }

  TEST_CASE("values out of range or unknown are refused") {
    CHECK_THROWS_WITH_AS(parse_serve_options({"--port", "70000"}),
                         "--port: 70000 is out of range (0 to 65535)", Error);
    CHECK_THROWS_AS(parse_serve_options({"--threads", "0"}), Error);
    CHECK_THROWS_AS(parse_serve_options({"--max-limit", "0"}), Error);
    CHECK_THROWS_WITH_AS(parse_serve_options({"--log", "xml"}),
                         "--log: unknown value 'xml' (expected text, json)", Error);
    CHECK_THROWS_AS(parse_serve_options({"--bogus"}), Error);
  }
}
