#include "common/date.hh"

#include <cmath>
#include <limits>
#include <string>

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

  TEST_CASE("bug: 1e30 as Unix time gives year -19798 (nonsense years are refused)") {
    using news::date_from_unix_time;
    CHECK_FALSE(date_from_unix_time(1e30));
    CHECK_FALSE(date_from_unix_time(-1e30));
    CHECK_FALSE(date_from_unix_time(std::numeric_limits<double>::infinity()));
    CHECK_FALSE(date_from_unix_time(std::nan("")));
    CHECK_FALSE(date_from_unix_time(9.3e18)); // past the largest long long even as milliseconds
    // The bounds: 1000-01-01T00:00:00Z and the last second of 9999, in milliseconds.
    REQUIRE(date_from_unix_time(-30610224000.0));
    CHECK(format_iso8601(*date_from_unix_time(-30610224000.0)) == "1000-01-01T00:00:00Z");
    CHECK_FALSE(date_from_unix_time(-30610224001.0));
    REQUIRE(date_from_unix_time(253402300799000.0));
    CHECK(format_iso8601(*date_from_unix_time(253402300799000.0)) == "9999-12-31T23:59:59Z");
    CHECK_FALSE(date_from_unix_time(253402300800000.0));
    // Seconds, and milliseconds beyond 1e11.
    CHECK(format_iso8601(*date_from_unix_time(1707955200)) == "2024-02-15T00:00:00Z");
    CHECK(format_iso8601(*date_from_unix_time(1707955200500.0)) == "2024-02-15T00:00:00Z");
    CHECK(format_iso8601(*date_from_unix_time(-1)) == "1969-12-31T23:59:59Z");
  }

  TEST_CASE("bug: internal error stod (numbers as text are read with from_chars)") {
    using news::date_from_unix_time_text;
    for (const std::string& text :
         {std::string("."), std::string(""), std::string("-"), std::string("1e400"),
          std::string("1e30"), std::string(400, '9'), std::string("0.") + std::string(400, '1'),
          std::string("12abc"), std::string("+5"), std::string("1.2.3"), std::string("inf"),
          std::string("nan")}) {
      CAPTURE(text);
      if (text.starts_with("0.")) // a fraction of 400 digits is a number: 1970-01-01
        CHECK(date_from_unix_time_text(text));
      else
        CHECK_FALSE(date_from_unix_time_text(text));
    }
    REQUIRE(date_from_unix_time_text("1707955200"));
    CHECK(format_iso8601(*date_from_unix_time_text(" 1707955200 ")) == "2024-02-15T00:00:00Z");
    CHECK(format_iso8601(*date_from_unix_time_text("1707955200.75")) == "2024-02-15T00:00:00Z");
    CHECK(format_iso8601(*date_from_unix_time_text("1707955200000")) == "2024-02-15T00:00:00Z");
  }

  TEST_CASE("dates are in the years 1000..9999") {
    CHECK_FALSE(parse_date("0999-12-31"));
    CHECK_FALSE(parse_date("0000-01-01"));
    CHECK_FALSE(parse_date("1 Jan 0001"));
    REQUIRE(parse_date("1000-01-01"));
    REQUIRE(parse_date("9999-12-31T23:59:59Z"));
    CHECK_FALSE(parse_date("9999-12-31T23:00:00-05:00")); // 10000-01-01 in UTC
    CHECK_FALSE(news::Date::from_civil(10000, 1, 1));
    CHECK_FALSE(news::Date::from_civil(999, 12, 31));
    CHECK_FALSE(news::Date::from_civil(-19798, 1, 1));
    CHECK(news::is_plausible(*parse_date("2024-05-07")));
    CHECK_FALSE(news::is_plausible(news::Date::from_unix_seconds(-40000000000LL)));
    CHECK_FALSE(news::is_plausible(news::Date::from_unix_seconds(260000000000LL)));
  }
}

TEST_SUITE("dates in other languages") {
  TEST_CASE("German") {
    CHECK(format_day(*parse_date("28. März 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("Donnerstag, 28. März 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("1. Dezember 2023 10:30")) == "2023-12-01");
  }
  TEST_CASE("French") {
    CHECK(format_day(*parse_date("28 mars 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("jeudi 28 mars 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("1er février 2024")) == "2024-02-01");
    CHECK(format_day(*parse_date("15 août 2023")) == "2023-08-15");
  }
  TEST_CASE("Spanish and Portuguese") {
    CHECK(format_day(*parse_date("28 de marzo de 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("jueves, 28 de marzo de 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("28 de março de 2024")) == "2024-03-28");
  }
  TEST_CASE("Italian and Dutch") {
    CHECK(format_day(*parse_date("28 marzo 2024")) == "2024-03-28");
    CHECK(format_day(*parse_date("5 maggio 2024")) == "2024-05-05");
    CHECK(format_day(*parse_date("28 maart 2024")) == "2024-03-28");
  }
  TEST_CASE("Russian") {
    CHECK(format_day(*parse_date("28 марта 2024 г.")) == "2024-03-28");
    CHECK(format_day(*parse_date("28 марта 2024 года")) == "2024-03-28");
    CHECK(format_day(*parse_date("1 января 2024")) == "2024-01-01");
  }
  TEST_CASE("not dates") {
    CHECK_FALSE(parse_date("28 Straße 2024"));
    CHECK_FALSE(parse_date("31 février 2024"));
    CHECK_FALSE(parse_date("Bundeskanzler 28 März 2024"));
  }
}
