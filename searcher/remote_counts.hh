// --facets and --histogram when a shard is remote. xapian-tcpsrv runs only
// Xapian's own match spies ("MatchSpy not suitable for use with remote
// searches" for ours, facets.hh and histogram.hh), so each server counts
// the values of its matches with a ValueCountMatchSpy per slot, Xapian
// merges the counts, and this file turns them into what FacetSpy and
// DateHistogramSpy give over local shards:
//   - the histogram: the distinct date values and their counts (exact; the
//     undated are the matches the spy saw without one);
//   - entity facets: a slot holds the list of a document's names, one value,
//     so the spy counts each distinct list; a name's count is the sum of the
//     counts of the lists that have it (exact);
//   - per story (when collapsing): the matches with a story key (a few
//     percent) are read, and the copies beyond the first of each story are
//     taken off the counts again. Which copy counts, when copies name
//     different entities, is the first in docid order, which can differ from
//     another layout's of the same articles.
// The cost: the counts of every distinct value go over the network (at most
// one per match), and each match is counted once more here.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <xapian.h>

#include "searcher/search.hh"

namespace news {

class RemoteCounts {
public:
  explicit RemoteCounts(const MatchOptions& request);

  /** Adds the spies to `enquire`, whose get_mset must then check every match. */
  void attach(Xapian::Enquire& enquire);

  /** The facets and histogram asked for, into `results`, from the spies and
   *  (per story) the story copies among the matches of `query`. */
  void collect(const Xapian::Database& db, const Xapian::Query& query,
               SearchResults& results) const;

private:
  const MatchOptions& request_;
  std::optional<Xapian::ValueCountMatchSpy> dates_;
  /** Person, org, place, source (Xapian's spies cannot be moved). */
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> facets_;
};

/**
 * The other matches of `query` in the story `key` (empty: none), counted
 * apart: Xapian 1.4 loses the collapse counts of the hits a remote shard
 * gives. One count per hit of the page with a story key.
 */
Xapian::doccount remote_story_copies(const Xapian::Database& db, const Xapian::Query& query,
                                     const std::string& key);

} // namespace news
