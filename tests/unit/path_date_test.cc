#include "indexer/path_date.hh"

#include <doctest/doctest.h>

using news::date_from_path;

TEST_SUITE("path_date") {
  TEST_CASE("days named by folders and file names") {
    struct Case {
      const char* path;
      const char* day; // nullptr: the path names no day
    };
    const Case cases[] = {
        {"/archive/2024/03/28/putin-visit.html", "2024-03-28"},
        {"/archive/2024/3/8/story.txt", "2024-03-08"},
        {"/archive/2024-03-28-putin-visit.html", "2024-03-28"},
        {"/archive/2024_03_28_putin.txt", "2024-03-28"},
        {"/archive/2024.03.28.txt", "2024-03-28"},
        {"/archive/2024-03-28/story.txt", "2024-03-28"},
        {"/archive/bbc-20240328-putin.txt", "2024-03-28"},
        {"/archive/20240328.html", "2024-03-28"},
        {"/archive/19870226/wire.txt", "1987-02-26"},
        {"/archive/story-2024-03-28T10-30.html", "2024-03-28"},
        // The part nearest the file wins.
        {"/backup/2020-01-01/2024/03/28/story.txt", "2024-03-28"},
        {"/2019/01/02/2024-03-28-story.txt", "2024-03-28"},
        {"/backup/2020-01-01/news/story.txt", "2020-01-01"},
        // Nothing that is not a day.
        {"/work/shared/corpora/bbc/business/498.txt", nullptr},
        {"/archive/2024/03/story.txt", nullptr},
        {"/archive/2024/13/01/story.txt", nullptr},
        {"/archive/2023/02/29/story.txt", nullptr},
        {"/archive/2024-02-30-story.txt", nullptr},
        {"/archive/id-12345678.txt", nullptr},
        {"/archive/id-21001231.txt", nullptr}, // compact form: years 1900..2099 only
        {"/archive/202403281.txt", nullptr},   // inside a longer run of digits
        {"/archive/12024-03-28.txt", nullptr},
        {"/archive/2024-03-281.txt", nullptr},
        {"/archive/0999/01/01/story.txt", nullptr},
        {"/archive/2024-03_28.txt", nullptr},
        {"", nullptr},
        {"/", nullptr},
    };
    for (const Case& c : cases) {
      CAPTURE(c.path);
      const auto date = date_from_path(c.path);
      if (c.day == nullptr) {
        CHECK_FALSE(date);
      } else {
        REQUIRE(date);
        CHECK(news::format_iso8601(*date) == std::string(c.day) + "T00:00:00Z");
      }
    }
  }
}
