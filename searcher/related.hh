// --related: the entities that appear with the matching articles more often
// than in the archive as a whole, per kind, ranked by log-likelihood
// (cooccurrence_score.hh). The counts in the matches come from the match
// tally; those in the archive are the term frequencies of the whole-name
// terms (XNPERSON..., schema.hh), so no second pass is needed.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/match_tally.hh"

namespace news {

struct RelatedEntity {
  std::string key;  /**< the canonical key (the whole-name term's value) */
  std::string name; /**< the display name */
  double score = 0; /**< G²: the higher, the surer the entity goes with the matches */
  Xapian::doccount in_matches = 0; /**< matches naming it (of those counted) */
  Xapian::doccount in_archive = 0; /**< articles of the archive naming it */
};

struct RelatedOptions {
  std::size_t limit = 10;         /**< entities of each kind */
  Xapian::doccount min_count = 3; /**< the least in_matches worth ranking */
};

struct Related {
  Xapian::doccount matches = 0; /**< matches counted (stories, unless every version) */
  Xapian::doccount counted = 0; /**< of those, the ones whose entities were counted */
  bool sampled = false;         /**< counted < matches: a sample, spread over the matches */
  Xapian::doccount archive = 0; /**< articles in the archive */
  Xapian::doccount min_count = 0;
  std::array<std::vector<RelatedEntity>, 3> entities; /**< by EntityKind, best first */
};

/**
 * Ranks the entities of the tally against the archive. The query's own
 * entities (whose whole name, or a word of it under its kind, is a term of
 * `query`) are left out: they go with every match by definition.
 */
Related related_entities(const Xapian::Database& db, const Xapian::Query& query,
                         const Tallies& tallies, const RelatedOptions& options);

} // namespace news
