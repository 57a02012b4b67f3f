#include "indexer/readers/dateline_date.hh"

#include <doctest/doctest.h>

#include "indexer/readers/plain_text.hh"

using news::date_from_dateline;

TEST_SUITE("dateline_date") {
  TEST_CASE("whole dates at the head of the text, before the dateline's dash or bracket") {
    struct Case {
      const char* line;
      const char* day; // nullptr: no date
    };
    const Case cases[] = {
        {"LONDON, March 28, 2024 (Reuters) - Oil prices rose.", "2024-03-28"},
        {"PARIS, 6 May 2024 \u2014 President Xi arrived.", "2024-05-06"},
        {"PARIS, France, 6 May 2024 - President Xi arrived.", "2024-05-06"},
        {"March 28, 2024 - The ministry said.", "2024-03-28"},
        {"2024-03-28 -- Markets opened higher.", "2024-03-28"},
        {"SALVADOR, Feb 26 - Brazil's coffee exports fell.", nullptr}, // no year
        {"May 7, 2024 was a day to remember.", nullptr},
        {"The president said on May 7, 2024 - a Tuesday - that...", nullptr},
        {"Copper rose to a three-month high.", nullptr},
        {"", nullptr},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      const auto date = date_from_dateline(c.line);
      if (c.day == nullptr) {
        CHECK_FALSE(date);
      } else {
        REQUIRE(date);
        CHECK(news::format_day(*date) == c.day);
      }
    }
  }

  TEST_CASE("a text file without a Date header is dated by its dateline") {
    news::ParsedFile out;
    news::read_plain_text("Oil Rises\n\nLONDON, March 28, 2024 (Reuters) - Oil prices rose.\n",
                          out);
    news::read_plain_text("Oil Rises\n\nOil prices rose on Thursday.\n", out);
    REQUIRE(out.articles.size() == 2);
    const news::Article& a = out.articles[0];
    REQUIRE(a.date);
    CHECK(news::format_day(*a.date) == "2024-03-28");
    CHECK(a.date_source == news::DateSource::Text);
    CHECK_FALSE(out.articles[1].date);
  }
}
