// --facets: the most frequent people, organisations, places and sources in
// the whole matching set, counted by a Xapian match spy.
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

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
 * Counts the entity and source value slots of every matching document; of
 * the copies of a story, when collapsing, the first only (the spy sees the
 * matches before Xapian collapses them), so that counts count stories.
 */
class FacetSpy : public Xapian::MatchSpy {
public:
  explicit FacetSpy(bool per_story) : per_story_(per_story) {}
  void operator()(const Xapian::Document& document, double weight) override;

  /** The `limit` most frequent of each, most frequent first (ties: by name). */
  Facets top(std::size_t limit) const;

private:
  std::array<std::unordered_map<std::string, Xapian::doccount>, 3> entities_;
  std::unordered_map<std::string, Xapian::doccount> sources_;
  bool per_story_;
  std::unordered_set<std::string> stories_seen_;
};

} // namespace news
