#include "common/date.hh"

#include <doctest/doctest.h>

using news::format_iso8601;
using news::parse_date;

TEST_SUITE("date") {
  TEST_CASE("accepted forms parse to the right UTC time") {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"2024-05-07", "2024-05-07T00:00:00Z"},
        {"2024-05-07T10:30", "2024-05-07T10:30:00Z"},
        {"2024-05-07T10:30:15Z", "2024-05-07T10:30:15Z"},
        {"2024-05-07 10:30:15", "2024-05-07T10:30:15Z"},
        {"2024-05-07T10:30:15.250+03:00", "2024-05-07T07:30:15Z"},
        {"2024-05-07T23:30:00-0200", "2024-05-08T01:30:00Z"},
        {"Tue, 07 May 2024 10:30:00 +0300", "2024-05-07T07:30:00Z"},
        {"Tue, 7 May 2024 10:30:00 GMT", "2024-05-07T10:30:00Z"},
        {"7 May 2024 10:30 EST", "2024-05-07T15:30:00Z"},
        {"May 7, 2024", "2024-05-07T00:00:00Z"},
        {"September 30, 1987", "1987-09-30T00:00:00Z"},
        {"12 March 2024", "2024-03-12T00:00:00Z"},
        {"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
        {"  2024-02-29  ", "2024-02-29T00:00:00Z"},
        {"1965-01-01", "1965-01-01T00:00:00Z"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      auto date = parse_date(c.input);
      REQUIRE(date.has_value());
      CHECK(format_iso8601(*date) == c.expected);
    }
  }

  TEST_CASE("text that is not a real date is refused") {
    for (const char* input :
         {"", "yesterday", "2024-02-30", "2023-02-29", "2024-13-01", "2024-05-07T25:00",
          "2024-05-07 garbage", "May 2024", "31 Foo 2024", "2024/05/07", "Tue 07 May 2024"}) {
      CAPTURE(input);
      CHECK_FALSE(parse_date(input).has_value());
    }
  }

  TEST_CASE("civil day and day formatting") {
    auto date = parse_date("1999-12-31T23:59:59Z");
    REQUIRE(date);
    CHECK(news::format_day(*date) == "1999-12-31");
    news::CivilDay day = news::civil_day(*date);
    CHECK(day.year == 1999);
    CHECK(day.month == 12u);
    CHECK(day.day == 31u);
    CHECK(news::Date::from_unix_seconds(0) == *parse_date("1970-01-01"));
  }
}
