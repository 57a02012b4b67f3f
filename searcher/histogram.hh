// How many matching articles fall in each day, week, month or year: a
// Xapian match spy that sees every matching document, not only the page shown.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace news {

enum class Period { Day, Week, Month, Year };

/** One bar of the histogram. */
struct HistogramBucket {
  std::string label; /**< `2024-05-07`, `2024-W19` (ISO week), `2024-05`, `2024` */
  Xapian::doccount count = 0;
};

/** Counts matches per period of the date value; attach with Enquire::add_matchspy. */
class DateHistogramSpy : public Xapian::MatchSpy {
public:
  explicit DateHistogramSpy(Period period) : period_(period) {}

  void operator()(const Xapian::Document& document, double weight) override;

  /** Buckets from the first to the last period with matches, empty ones included. */
  std::vector<HistogramBucket> buckets() const;

  /** Matching articles without a date. */
  Xapian::doccount undated() const { return undated_; }

private:
  Period period_;
  std::map<std::chrono::sys_days, Xapian::doccount> counts_; // keyed by period start
  Xapian::doccount undated_ = 0;
};

/** The first day of the period containing `day` (weeks start on Monday). */
std::chrono::sys_days period_start(std::chrono::sys_days day, Period period);

/** The label of the period starting at `start`. */
std::string period_label(std::chrono::sys_days start, Period period);

} // namespace news
