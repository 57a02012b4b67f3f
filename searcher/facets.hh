// --facets: the most frequent people, organisations, places and sources in
// the whole matching set, from the counts of the match tally (match_tally.hh),
// and the languages of the matches (language_facet.hh).
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

/** The matches per language code, and those of no language (undetermined). */
struct LanguageFacet {
  std::vector<FacetCount> languages;
  Xapian::doccount undetermined = 0;
};

/** The top names of each entity kind (person, org, place), the top sources and languages. */
struct Facets {
  std::array<std::vector<FacetCount>, 3> entities;
  std::vector<FacetCount> sources;
  LanguageFacet lang;
};

/** The `limit` most frequent counts, most frequent first (ties: by name). */
std::vector<FacetCount> most_frequent(std::vector<FacetCount> all, std::size_t limit);

/**
 * The `limit` most frequent of each, most frequent first (ties: by name);
 * entities counted by key and shown by display name (entity_counts.hh).
 */
Facets top_facets(const EntityCounts& entities,
                  const std::unordered_map<std::string, Xapian::doccount>& sources,
                  std::size_t limit);

} // namespace news
