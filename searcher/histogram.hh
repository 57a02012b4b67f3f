// How many matching articles fall in each day, week, month or year: counted
// by the match tally (match_tally.hh), which sees every matching document,
// not only the page shown.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace news {

enum class Period { Day, Week, Month, Year };

/** One bar of the histogram. */
struct HistogramBucket {
  std::string label; /**< `2024-05-07`, `2024-W19` (ISO week), `2024-05`, `2024` */
  Xapian::doccount count = 0;
};

/** Counts matches per period of the date value. */
class DateCounts {
public:
  explicit DateCounts(Period period) : period_(period) {}

  /** Counts one match by its date value (slot Field::Date; empty: undated). */
  void add(std::string_view date_value);

  /** Buckets from the first to the last period with matches, empty ones included. */
  std::vector<HistogramBucket> buckets() const;

  /** Matching articles without a date. */
  Xapian::doccount undated() const { return undated_; }

  /** The count of each period with matches, by the period's first day. */
  const std::map<std::chrono::sys_days, Xapian::doccount>& by_start() const { return counts_; }

private:
  Period period_;
  std::map<std::chrono::sys_days, Xapian::doccount> counts_; // keyed by period start
  Xapian::doccount undated_ = 0;
};

/** The first day of the period containing `day` (weeks start on Monday). */
std::chrono::sys_days period_start(std::chrono::sys_days day, Period period);

/** The label of the period starting at `start`. */
std::string period_label(std::chrono::sys_days start, Period period);

/**
 * The periods a chart of these counts shows: every one from the first to the
 * last with matches, empty ones included, unless that is too many to fill
 * (past a decade of days): then those with matches only.
 */
std::vector<std::chrono::sys_days>
periods_to_show(const std::vector<const std::map<std::chrono::sys_days, Xapian::doccount>*>& counts,
                Period period);

} // namespace news
