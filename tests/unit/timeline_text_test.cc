#include <doctest/doctest.h>

#include "searcher/output.hh"
#include "searcher/timeline.hh"

using namespace news;

TEST_SUITE("timeline text") {
  // A story whose copies fall in two months: the series dates it by one
  // copy, the companion's search by the other (timeline.hh).
  TEST_CASE("bug: a companion counted more than its series in a period threw length_error") {
    Timeline timeline;
    timeline.period = Period::Month;
    timeline.related = true;
    timeline.periods = {"2024-03", "2024-04"};
    TimelineSeries series{"putin", 2, 0, {1, 1}, {}};
    TimelineCompanion companion;
    companion.kind = EntityKind::Place;
    companion.entity.name = "China";
    companion.entity.key = "china";
    companion.total = 2;
    companion.counts = {0, 2};
    series.companions.push_back(companion);
    timeline.series.push_back(series);
    StringSink sink;
    REQUIRE_NOTHROW(print_timeline_text(timeline, 60, sink));
    CHECK(sink.text().find("200%") != std::string::npos);
    for (std::size_t start = 0, end; start < sink.text().size(); start = end + 1) {
      end = sink.text().find('\n', start);
      if (end == std::string::npos) end = sink.text().size();
      // Each bar cell is 3 bytes: no line is far past the width.
      CHECK(sink.text().substr(start, end - start).size() <= 60 * 3);
    }
  }
}
