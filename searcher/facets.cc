#include "searcher/facets.hh"

#include <algorithm>

namespace news {

std::vector<FacetCount> most_frequent(std::vector<FacetCount> all, std::size_t limit) {
  const auto order = [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  };
  const std::size_t n = std::min(limit, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), order);
  all.resize(n);
  return all;
}

Facets top_facets(const EntityCounts& entities,
                  const std::unordered_map<std::string, Xapian::doccount>& sources,
                  std::size_t limit) {
  Facets facets;
  for (EntityKind kind : kEntityKinds) {
    std::vector<FacetCount> counts;
    for (EntityTally& tally : entities.of(kind))
      counts.push_back({std::move(tally.name), tally.count});
    facets.entities[static_cast<std::size_t>(kind)] = most_frequent(std::move(counts), limit);
  }
  std::vector<FacetCount> counts;
  counts.reserve(sources.size());
  for (const auto& [name, count] : sources)
    counts.push_back({name, count});
  facets.sources = most_frequent(std::move(counts), limit);
  return facets;
}

} // namespace news
