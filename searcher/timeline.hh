// --timeline A B C: how many articles each of several queries matches per
// day, week, month or year, the series side by side over the same periods.
// Each series is a search of its own (counts only, no hits) whose match
// tally counts its matches per period. With --related, each series also has
// its companions: the entities --related ranks highest for its matches (all
// kinds together), each counted per period. By story (unless every version):
// over local shards, a second pass of the series' query counts a story for a
// companion when the copy the series counted names it, in that copy's period
// (as --related counts a story by that copy), so a companion's share of a
// period is at most 100%. Over remote shards, where only Xapian's own match
// spies run, each companion is a search of the series and its whole-name
// term: a story counts when a copy the series matches names it, dated by the
// first such copy, so where a story's copies have dates in two periods the
// share of a period can exceed 100%. Matches with no date are counted apart
// (undated), as the series' are.
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
