// How many matching articles name each entity, counted by the entity's
// canonical key (entity_key: `Zürich` and `ZURICH` are one) and shown by the
// display name the articles use most. Fed one document at a time by the
// match tally (match_tally.hh); the facets and --related both read it.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/entity.hh"

namespace news {

/** One entity of the matches: its key, its display name, the articles naming it. */
struct EntityTally {
  std::string key;  /**< entity_key of the name: the whole-name term's value */
  std::string name; /**< the display name most often used for it */
  Xapian::doccount count = 0;
};

class EntityCounts {
public:
  /** Counts the names of each kind in `document`'s entity slots, each key once. */
  void add(const Xapian::Document& document);

  /** Counts the names listed in one kind's slot value (encode_entity_list). */
  void add_listed(EntityKind kind, std::string_view names);

  /** Every entity of a kind counted, in no particular order. */
  std::vector<EntityTally> of(EntityKind kind) const;

private:
  struct Key {
    std::string key;
    Xapian::doccount count = 0;
  };
  struct Variant {
    std::size_t key; // index into keys_
    Xapian::doccount count = 0;
  };
  struct Kind {
    std::vector<Key> keys;
    std::unordered_map<std::string, std::size_t> key_index;
    std::unordered_map<std::string, Variant> variants; // by display name
  };
  std::array<Kind, 3> kinds_;
  std::vector<std::size_t> seen_; // the keys of the document being counted
};

} // namespace news
