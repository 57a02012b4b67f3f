#include "searcher/timeline.hh"

#include <algorithm>

namespace news {
namespace {

std::vector<Xapian::doccount> per_period(const DateCounts& dates,
                                         const std::vector<std::chrono::sys_days>& starts) {
  std::vector<Xapian::doccount> counts;
  const auto& by_start = dates.by_start();
  for (std::chrono::sys_days start : starts) {
    const auto it = by_start.find(start);
    counts.push_back(it == by_start.end() ? 0 : it->second);
  }
  return counts;
}

} // namespace

std::vector<std::pair<EntityKind, RelatedEntity>> best_companions(const Related& related,
                                                                  std::size_t limit) {
  std::vector<std::pair<EntityKind, RelatedEntity>> all;
  for (EntityKind kind : kEntityKinds)
    for (const RelatedEntity& entity : related.entities[static_cast<std::size_t>(kind)])
      all.emplace_back(kind, entity);
  const auto better = [](const auto& a, const auto& b) {
    if (a.second.score != b.second.score) return a.second.score > b.second.score;
    if (a.second.in_matches != b.second.in_matches)
      return a.second.in_matches > b.second.in_matches;
    if (a.first != b.first) return a.first < b.first;
    return a.second.key < b.second.key;
  };
  std::sort(all.begin(), all.end(), better);
  if (all.size() > limit) all.resize(limit);
  return all;
}

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
    TimelineSeries out{
        one.query, one.total, one.dates.undated(), per_period(one.dates, starts), {}};
    for (const CompanionCounts& companion : one.companions)
      out.companions.push_back({companion.kind, companion.entity, companion.total,
                                companion.dates.undated(), per_period(companion.dates, starts)});
    timeline.series.push_back(std::move(out));
  }
  return timeline;
}

} // namespace news
