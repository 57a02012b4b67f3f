#include "searcher/histogram.hh"

#include <set>

#include <fmt/core.h>

#include "common/index_codecs.hh"
#include "common/schema.hh"

namespace news {
namespace {

using namespace std::chrono;

// Enough bars for a decade of days; beyond that empty bars are not filled in.
constexpr std::size_t kMaxFilledBuckets = 4000;

sys_days next_period(sys_days start, Period period) {
  const year_month_day ymd{start};
  switch (period) {
  case Period::Day:
    return start + days{1};
  case Period::Week:
    return start + days{7};
  case Period::Month:
    return sys_days{(ymd.year() / ymd.month() + months{1}) / 1};
  case Period::Year:
    break;
  }
  return sys_days{(ymd.year() + years{1}) / January / 1};
}

} // namespace

sys_days period_start(sys_days day, Period period) {
  const year_month_day ymd{day};
  switch (period) {
  case Period::Day:
    return day;
  case Period::Week:
    return day - (weekday{day} - Monday);
  case Period::Month:
    return sys_days{ymd.year() / ymd.month() / 1};
  case Period::Year:
    break;
  }
  return sys_days{ymd.year() / January / 1};
}

std::string period_label(sys_days start, Period period) {
  const year_month_day ymd{start};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
  switch (period) {
  case Period::Day:
    return fmt::format("{:04}-{:02}-{:02}", y, m, d);
  case Period::Week: {
    // ISO 8601: the week belongs to the year of its Thursday.
    const sys_days thursday = start + days{3};
    const year iso_year = year_month_day{thursday}.year();
    const sys_days first_thursday_week =
        period_start(sys_days{iso_year / January / 4}, Period::Week);
    const auto week = (start - first_thursday_week).count() / 7 + 1;
    return fmt::format("{:04}-W{:02}", static_cast<int>(iso_year), week);
  }
  case Period::Month:
    return fmt::format("{:04}-{:02}", y, m);
  case Period::Year:
    break;
  }
  return fmt::format("{:04}", y);
}

void DateCounts::add(std::string_view date_value) {
  const std::optional<Date> date = decode_date_value(date_value);
  if (!date) {
    ++undated_;
    return;
  }
  ++counts_[period_start(floor<days>(date->time), period_)];
}

std::vector<HistogramBucket> DateCounts::buckets() const {
  std::vector<HistogramBucket> out;
  for (sys_days start : periods_to_show({&counts_}, period_)) {
    auto it = counts_.find(start);
    out.push_back({period_label(start, period_), it == counts_.end() ? 0 : it->second});
  }
  return out;
}

std::vector<sys_days>
periods_to_show(const std::vector<const std::map<sys_days, Xapian::doccount>*>& counts,
                Period period) {
  std::set<sys_days> with_matches;
  for (const auto* series : counts)
    for (const auto& [start, count] : *series)
      with_matches.insert(start);
  std::vector<sys_days> out;
  if (with_matches.empty()) return out;
  const sys_days last = *with_matches.rbegin();
  for (sys_days start = *with_matches.begin(); start <= last && out.size() < kMaxFilledBuckets;
       start = next_period(start, period))
    out.push_back(start);
  if (out.size() >= kMaxFilledBuckets) // too many to fill: the periods that have matches
    out.assign(with_matches.begin(), with_matches.end());
  return out;
}

} // namespace news
