// The match tally (match_tally.hh) when a shard is remote. xapian-tcpsrv runs
// only Xapian's own match spies ("MatchSpy not suitable for use with remote
// searches" for ours), so each server counts the values of its matches with
// a ValueCountMatchSpy per slot, Xapian merges the counts, and this file
// turns them into the Tallies the document tally gives over local shards:
//   - dates: the distinct date values and their counts (exact; the undated
//     are the matches the spy saw without one);
//   - entities: a slot holds the list of a document's names, one value, so
//     the spy counts each distinct list; a name's count is the sum of the
//     counts of the lists that have it (exact);
//   - per story (when collapsing): the copies beyond the first of each
//     story are taken off the counts again, found by a search of the
//     matches with a story key (a few percent) and their values read as
//     sort keys, one search a slot: never a document (which would be a round
//     trip to its server each: seconds for thousands). Which copy counts, when copies name
//     different entities, is the first in docid order, which can differ from
//     another layout's of the same articles.
// Never sampled: the counts of every distinct value go over the network (at
// most one per match), and each match is counted once more here.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/match_tally.hh"

namespace news {

/** A tally of the matches of `query` over `db`, which has remote shards. */
std::unique_ptr<MatchTally> make_remote_tally(const TallyRequest& request,
                                              const Xapian::Database& db,
                                              const Xapian::Query& query);

/**
 * The other matches of `query` in each story of `keys` (empty ones: none),
 * counted apart: Xapian 1.4 loses the collapse counts of the hits a remote
 * shard gives. One search for the whole page, whose spy counts each key.
 */
std::map<std::string, Xapian::doccount> remote_story_copies(const Xapian::Database& db,
                                                            const Xapian::Query& query,
                                                            const std::vector<std::string>& keys);

} // namespace news
