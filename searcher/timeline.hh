// --timeline A B C: how many articles each of several queries matches per
// day, week, month or year, the series side by side over the same periods.
// Each series is a search of its own (counts only, no hits) whose match
// tally counts its matches per period. With --related, each series also has
// its companions: the entities --related ranks highest for its matches (all
// kinds together), each counted per period by one more search (the series
// and the companion's whole-name term), so its share of the series' matches
// can be followed over time. By story (unless every version): a story counts
// for a companion when a copy of it that the series matches names it, in the
// period of that copy's date; matches with no date are counted apart
// (undated), as the series' are. Where a story's copies have dates in two
// periods, the series and the companion may date it by different copies, so
// a companion's count in a period can exceed the series' (a share over 100%).
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/entity.hh"
#include "searcher/histogram.hh"
#include "searcher/related.hh"

namespace news {

/** The companions a series of a timeline shows with --related. */
inline constexpr std::size_t kTimelineCompanions = 4;

/** A companion of a series: a related entity and the series' matches naming it. */
struct TimelineCompanion {
  EntityKind kind = EntityKind::Person;
  RelatedEntity entity;
  Xapian::doccount total = 0;           /**< matches of the series naming it */
  Xapian::doccount undated = 0;         /**< of them, in no period */
  std::vector<Xapian::doccount> counts; /**< of them, one per period of the timeline */
};

struct TimelineSeries {
  std::string query;
  Xapian::doccount total = 0;                /**< matches (stories, unless every version) */
  Xapian::doccount undated = 0;              /**< matches in no period */
  std::vector<Xapian::doccount> counts;      /**< one per period of the timeline */
  std::vector<TimelineCompanion> companions; /**< with --related, best first */
};

struct Timeline {
  Period period = Period::Month;
  bool related = false;             /**< the series have their companions */
  std::vector<std::string> periods; /**< labels, oldest first (histogram.hh) */
  std::vector<TimelineSeries> series;
};

/** A companion as counted: the entity, its matches and their counts per period start. */
struct CompanionCounts {
  EntityKind kind = EntityKind::Person;
  RelatedEntity entity;
  Xapian::doccount total = 0;
  DateCounts dates{Period::Month};
};

/** One series as counted: its query, total and counts per period start. */
struct SeriesCounts {
  std::string query;
  Xapian::doccount total = 0;
  DateCounts dates{Period::Month};
  std::vector<CompanionCounts> companions;
};

/** The best `limit` entities of all kinds in `related`, by score (then matches, key). */
std::vector<std::pair<EntityKind, RelatedEntity>> best_companions(const Related& related,
                                                                  std::size_t limit);

/** The series over the periods of them all (periods_to_show), zero where a series has none. */
Timeline make_timeline(Period period, const std::vector<SeriesCounts>& series);

} // namespace news
