// Exact numbers of matches, found without weighing and collapsing every one.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <xapian.h>

namespace news {

/** The republished copies among a query's matches, per story. */
struct StoryCopies {
  /** Matches collapsed away: copies beyond the first of each story. */
  Xapian::doccount surplus = 0;
  /** Story key -> its matches beyond the one shown. */
  std::map<std::string, Xapian::doccount> extra;
};

/** Matches of a query, every copy counted, and the copies among them. */
struct MatchCount {
  Xapian::doccount matches = 0;
  StoryCopies copies;
};

/** The match count when Xapian's bounds, uncollapsed, already pin it down. */
std::optional<Xapian::doccount> exact_from_bounds(const Xapian::MSet& uncollapsed);

/**
 * Walks the posting lists of a query of terms under AND, FILTER and OR (see
 * stream_of), when that costs less than weighing and collapsing the
 * `expected` matches in a full pass. nullopt for other queries, or when the
 * walk would read many postings for few matches (`year:1987 sugar`).
 */
std::optional<MatchCount> walk_matches(const Xapian::Database& db, const Xapian::Query& query,
                                       Xapian::doccount expected);

/** Looks only at the matches with a story key: a few percent of articles. */
StoryCopies count_story_copies(const Xapian::Database& db, const Xapian::Query& query);

} // namespace news
