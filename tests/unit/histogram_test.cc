#include "searcher/histogram.hh"

#include <doctest/doctest.h>

#include "common/date.hh"
#include "common/index_codecs.hh"

using namespace news;
using namespace std::chrono;

namespace {

sys_days day_of(const char* text) { return floor<days>(parse_date(text)->time); }

} // namespace

TEST_SUITE("histogram") {
  TEST_CASE("period starts and labels") {
    CHECK(period_label(period_start(day_of("2024-05-07"), Period::Day), Period::Day) ==
          "2024-05-07");
    CHECK(period_label(period_start(day_of("2024-05-07"), Period::Month), Period::Month) ==
          "2024-05");
    CHECK(period_label(period_start(day_of("2024-05-07"), Period::Year), Period::Year) == "2024");
    // Weeks start on Monday and carry their ISO 8601 number.
    CHECK(period_start(day_of("2024-05-09"), Period::Week) == day_of("2024-05-06"));
    CHECK(period_label(period_start(day_of("2024-05-09"), Period::Week), Period::Week) ==
          "2024-W19");
    CHECK(period_label(period_start(day_of("2021-01-01"), Period::Week), Period::Week) ==
          "2020-W53");
    CHECK(period_label(period_start(day_of("2024-12-30"), Period::Week), Period::Week) ==
          "2025-W01");
  }

  TEST_CASE("the counts per period fill gaps and count the undated") {
    DateCounts spy(Period::Month);
    auto value = [](const char* date) {
      return date == nullptr ? std::string() : encode_date_value(*parse_date(date));
    };
    spy.add(value("2024-01-15"));
    spy.add(value("2024-01-31T23:59:59Z"));
    spy.add(value("2024-03-01"));
    spy.add(value(nullptr));
    const std::vector<HistogramBucket> buckets = spy.buckets();
    REQUIRE(buckets.size() == 3);
    CHECK(buckets[0].label == "2024-01");
    CHECK(buckets[0].count == 2);
    CHECK(buckets[1].label == "2024-02");
    CHECK(buckets[1].count == 0);
    CHECK(buckets[2].count == 1);
    CHECK(spy.undated() == 1);
  }
}
