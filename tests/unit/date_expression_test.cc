#include "searcher/date_expression.hh"

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

namespace {

const Date kNow = *parse_date("2024-05-31T15:30:00Z");

std::string from(std::string_view expression) {
  return format_iso8601(*period_of(expression, kNow).from);
}
std::string to(std::string_view expression) {
  return format_iso8601(*period_of(expression, kNow).to);
}

} // namespace

TEST_SUITE("date_expression") {
  TEST_CASE("calendar periods: whole days, months and years, inclusive") {
    CHECK(from("2024-03-01") == "2024-03-01T00:00:00Z");
    CHECK(to("2024-03-01") == "2024-03-01T23:59:59Z");
    CHECK(from("2024-02") == "2024-02-01T00:00:00Z");
    CHECK(to("2024-02") == "2024-02-29T23:59:59Z");
    CHECK(to("2023-02") == "2023-02-28T23:59:59Z");
    CHECK(from("1987") == "1987-01-01T00:00:00Z");
    CHECK(to("1987") == "1987-12-31T23:59:59Z");
  }

  TEST_CASE("relative days count back from now") {
    CHECK(from("today") == "2024-05-31T00:00:00Z");
    CHECK(to("today") == "2024-05-31T23:59:59Z");
    CHECK(from("yesterday") == "2024-05-30T00:00:00Z");
    CHECK(to("YESTERDAY") == "2024-05-30T23:59:59Z");
    CHECK(from("7d") == "2024-05-24T00:00:00Z");
    CHECK(from("2w") == "2024-05-17T00:00:00Z");
    CHECK(from("3m") == "2024-02-29T00:00:00Z"); // 31 February does not exist
    CHECK(from("1y") == "2023-05-31T00:00:00Z");
    CHECK(from("0d") == "2024-05-31T00:00:00Z");
  }

  TEST_CASE("an exact date-time is an instant") {
    CHECK(from("2024-05-07T10:00:00Z") == "2024-05-07T10:00:00Z");
    CHECK(to("2024-05-07T10:00:00Z") == "2024-05-07T10:00:00Z");
  }

  TEST_CASE("ranges: start of the first, end of the last, open sides") {
    DateSpan span = date_range("2024-03", "2024-05", kNow);
    CHECK(format_iso8601(*span.from) == "2024-03-01T00:00:00Z");
    CHECK(format_iso8601(*span.to) == "2024-05-31T23:59:59Z");
    DateSpan open_end = date_range("2024-04", "", kNow);
    CHECK(open_end.from.has_value());
    CHECK_FALSE(open_end.to.has_value());
    DateSpan open_start = date_range("", "yesterday", kNow);
    CHECK_FALSE(open_start.from.has_value());
    CHECK(format_iso8601(*open_start.to) == "2024-05-30T23:59:59Z");
  }

  TEST_CASE("malformed dates and backwards ranges are usage errors that say why") {
    for (const char* bad : {"2024-13", "2024-02-30", "24", "soon", "7x", "d", "2024-5-1", "-3d"}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(period_of(bad, kNow), Error);
    }
    try {
      date_range("2024-05", "2024-03", kNow);
      FAIL("no error for a backwards range");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) == "bad date range '2024-05..2024-03': it ends before it starts");
      CHECK(e.kind() == ErrorKind::Usage);
    }
  }
}
