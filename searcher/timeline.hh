// --timeline A B C: how many articles each of several queries matches per
// day, week, month or year, the series side by side over the same periods.
// Each series is a search of its own (counts only, no hits) whose match
// tally counts its matches per period.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/histogram.hh"

namespace news {

struct TimelineSeries {
  std::string query;
  Xapian::doccount total = 0;           /**< matches (stories, unless every version) */
  Xapian::doccount undated = 0;         /**< matches in no period */
  std::vector<Xapian::doccount> counts; /**< one per period of the timeline */
};

struct Timeline {
  Period period = Period::Month;
  std::vector<std::string> periods; /**< labels, oldest first (histogram.hh) */
  std::vector<TimelineSeries> series;
};

/** One series as counted: its query, total and counts per period start. */
struct SeriesCounts {
  std::string query;
  Xapian::doccount total = 0;
  DateCounts dates{Period::Month};
};

/** The series over the periods of them all (periods_to_show), zero where a series has none. */
Timeline make_timeline(Period period, const std::vector<SeriesCounts>& series);

} // namespace news
