#include "searcher/timeline.hh"

namespace news {

Timeline make_timeline(Period period, const std::vector<SeriesCounts>& series) {
  Timeline timeline;
  timeline.period = period;
  std::vector<const std::map<std::chrono::sys_days, Xapian::doccount>*> counts;
  for (const SeriesCounts& one : series)
    counts.push_back(&one.dates.by_start());
  const std::vector<std::chrono::sys_days> starts = periods_to_show(counts, period);
  for (std::chrono::sys_days start : starts)
    timeline.periods.push_back(period_label(start, period));
  for (const SeriesCounts& one : series) {
    TimelineSeries out{one.query, one.total, one.dates.undated(), {}};
    const auto& by_start = one.dates.by_start();
    for (std::chrono::sys_days start : starts) {
      const auto it = by_start.find(start);
      out.counts.push_back(it == by_start.end() ? 0 : it->second);
    }
    timeline.series.push_back(std::move(out));
  }
  return timeline;
}

} // namespace news
