#include "server/request_log.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

RequestLogEntry entry(std::string target) {
  RequestLogEntry e;
  e.time = std::chrono::sys_days{std::chrono::year{2026} / 12 / 1} + std::chrono::hours(14) +
           std::chrono::milliseconds(5'250);
  e.remote = "127.0.0.1";
  e.method = "GET";
  e.target = std::move(target);
  e.status = 200;
  e.bytes = 1234;
  e.milliseconds = 0.46;
  return e;
}

} // namespace

TEST_SUITE("request log") {
  TEST_CASE("a token in the query never reaches the log") {
    CHECK(redacted_target("/api/search?q=oil&token=s3cret&limit=5") ==
          "/api/search?q=oil&token=REDACTED&limit=5");
    CHECK(redacted_target("/api/stats?access_token=s3cret") == "/api/stats?access_token=REDACTED");
    CHECK(redacted_target("/api/search?tokens=x") == "/api/search?tokens=x");
    CHECK(redacted_target("/healthz") == "/healthz");
  }

  TEST_CASE("one text line") {
    CHECK(log_line(entry("/api/search?q=oil&token=x"), LogFormat::Text) ==
          "2026-12-01T14:00:05.250Z 127.0.0.1 GET /api/search?q=oil&token=REDACTED 200 1234 "
          "0.5ms\n");
    // Bytes that could forge a line or a field are escaped.
    CHECK(log_line(entry("/a\nb c\\"), LogFormat::Text) ==
          "2026-12-01T14:00:05.250Z 127.0.0.1 GET /a\\x0ab\\x20c\\x5c 200 1234 0.5ms\n");
  }

  TEST_CASE("one JSON line") {
    CHECK(log_line(entry("/api/search?q=\xff"), LogFormat::Json) ==
          "{\"time\":\"2026-12-01T14:00:05.250Z\",\"remote\":\"127.0.0.1\",\"method\":\"GET\","
          "\"path\":\"/api/search?q=\xEF\xBF\xBD\",\"status\":200,\"bytes\":1234,\"ms\":0.5}\n");
  }
}
