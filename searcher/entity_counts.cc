#include "searcher/entity_counts.hh"

#include <algorithm>

#include "common/index_codecs.hh"
#include "common/legal_forms.hh"
#include "common/schema.hh"

namespace news {

void EntityCounts::add(const Xapian::Document& document) {
  for (EntityKind kind : kEntityKinds) {
    const std::string names = document.get_value(slot_of(entity_fields(kind).words));
    if (!names.empty()) add_listed(kind, names);
  }
}

void EntityCounts::add_listed(EntityKind kind, std::string_view names) {
  Kind& counts = kinds_[static_cast<std::size_t>(kind)];
  seen_.clear();
  for_each_listed_entity(names, [&](std::string_view name) {
    auto variant = counts.variants.find(std::string(name));
    if (variant == counts.variants.end()) {
      // A new display name: its key is computed once, not once a document.
      std::string key = entity_key(kind, name); // `Texaco Inc`: `texaco`
      auto [index, added] = counts.key_index.try_emplace(key, counts.keys.size());
      if (added) counts.keys.push_back({std::move(key), 0});
      variant = counts.variants.emplace(std::string(name), Variant{index->second, 0}).first;
    }
    ++variant->second.count;
    seen_.push_back(variant->second.key);
  });
  // Two names of one key in an article (`Zürich`, `Zurich`) count it once.
  std::sort(seen_.begin(), seen_.end());
  seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
  for (std::size_t key : seen_)
    ++counts.keys[key].count;
}

std::vector<EntityTally> EntityCounts::of(EntityKind kind) const {
  const Kind& counts = kinds_[static_cast<std::size_t>(kind)];
  std::vector<EntityTally> out;
  out.reserve(counts.keys.size());
  for (const Key& key : counts.keys)
    out.push_back({key.key, "", key.count});
  // The display name of each key: its most used variant (ties: the first by name).
  std::vector<Xapian::doccount> best(counts.keys.size(), 0);
  for (const auto& [name, variant] : counts.variants) {
    EntityTally& tally = out[variant.key];
    if (variant.count > best[variant.key] ||
        (variant.count == best[variant.key] && name < tally.name)) {
      best[variant.key] = variant.count;
      tally.name = name;
    }
  }
  return out;
}

} // namespace news
