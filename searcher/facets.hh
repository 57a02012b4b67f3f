// --facets: the most frequent people, organisations, places and sources in
// the whole matching set, from the counts of the match tally (match_tally.hh).
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "searcher/entity_counts.hh"

namespace news {

struct FacetCount {
  std::string name;
  Xapian::doccount count = 0;
};

/** The top names of each entity kind (person, org, place) and the top sources. */
struct Facets {
  std::array<std::vector<FacetCount>, 3> entities;
  std::vector<FacetCount> sources;
};

/**
 * The `limit` most frequent of each, most frequent first (ties: by name);
 * entities counted by key and shown by display name (entity_counts.hh).
 */
Facets top_facets(const EntityCounts& entities,
                  const std::unordered_map<std::string, Xapian::doccount>& sources,
                  std::size_t limit);

} // namespace news
