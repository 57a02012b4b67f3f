#include "searcher/facets.hh"

#include <algorithm>

#include "common/index_codecs.hh"
#include "common/schema.hh"

namespace news {
namespace {

std::vector<FacetCount>
most_frequent(const std::unordered_map<std::string, Xapian::doccount>& counts, std::size_t limit) {
  std::vector<FacetCount> all;
  all.reserve(counts.size());
  for (const auto& [name, count] : counts)
    all.push_back({name, count});
  const auto order = [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  };
  const std::size_t n = std::min(limit, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), order);
  all.resize(n);
  return all;
}

} // namespace

void FacetSpy::operator()(const Xapian::Document& document, double) {
  if (per_story_) {
    std::string story = document.get_value(slot_of(Field::Story));
    if (!story.empty() && !stories_seen_.insert(std::move(story)).second) return;
  }
  for (EntityKind kind : kEntityKinds) {
    const std::string names = document.get_value(slot_of(entity_fields(kind).words));
    auto& counts = entities_[static_cast<std::size_t>(kind)];
    for_each_listed_entity(names,
                           [&counts](std::string_view name) { ++counts[std::string(name)]; });
  }
  const std::string source = document.get_value(slot_of(Field::Source));
  if (!source.empty()) ++sources_[source];
}

Facets FacetSpy::top(std::size_t limit) const {
  Facets facets;
  for (std::size_t i = 0; i < entities_.size(); ++i)
    facets.entities[i] = most_frequent(entities_[i], limit);
  facets.sources = most_frequent(sources_, limit);
  return facets;
}

} // namespace news
