// Sets of strings and maps from strings to strings for the lists looked up
// on every word of an article (common/gazetteer): one flat array of slots,
// each a key's number and 32 bits of its hash, probed linearly, looked up by
// a view (no string made). A word that is not in the list, the common case,
// costs one read of the slots; std::unordered_set's costs a bucket, then a
// node. Lookups are const and touch nothing: threads may share a table.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news {

/** Strings numbered in the order added, each once. */
class StringTable {
public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /** A key's number, and whether it was added now (false: it was there). */
  std::pair<std::size_t, bool> add(std::string key) {
    const std::uint64_t hash = hash_of(key);
    if (const std::size_t there = find(key, hash); there != npos) return {there, false};
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    keys_.push_back(std::move(key));
    place(keys_.size() - 1, hash);
    return {keys_.size() - 1, true};
  }
  /** A key's number, or npos. */
  std::size_t find(std::string_view key) const { return find(key, hash_of(key)); }
  std::size_t size() const { return keys_.size(); }

private:
  struct Slot {
    std::uint32_t tag = 0;   // the hash's high bits
    std::uint32_t entry = 0; // the key's number + 1; 0: empty
  };

  static std::uint64_t hash_of(std::string_view key) { return std::hash<std::string_view>{}(key); }

  std::size_t find(std::string_view key, std::uint64_t hash) const {
    if (slots_.empty()) return npos;
    const std::size_t mask = slots_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.entry == 0) return npos;
      if (slot.tag == tag && keys_[slot.entry - 1] == key) return slot.entry - 1;
    }
  }

  void place(std::size_t number, std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    while (slots_[at].entry != 0)
      at = (at + 1) & mask;
    slots_[at] = {static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(number + 1)};
  }

  // At most half the slots full: a miss ends at an empty slot soon.
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    for (std::size_t i = 0; i < keys_.size(); ++i)
      place(i, hash_of(keys_[i]));
  }

  std::vector<std::string> keys_;
  std::vector<Slot> slots_;
};

class FlatStringSet {
public:
  void insert(std::string key) { table_.add(std::move(key)); }
  bool contains(std::string_view key) const { return table_.find(key) != StringTable::npos; }
  std::size_t size() const { return table_.size(); }

private:
  StringTable table_;
};

class FlatStringMap {
public:
  /** Adds a key and its value unless the key is there (the first value stays). */
  void emplace(std::string key, std::string value) {
    if (table_.add(std::move(key)).second) values_.push_back(std::move(value));
  }
  /** A key's value, or null. */
  const std::string* find(std::string_view key) const {
    const std::size_t at = table_.find(key);
    return at == StringTable::npos ? nullptr : &values_[at];
  }
  std::size_t size() const { return table_.size(); }

private:
  StringTable table_;
  std::vector<std::string> values_;
};

} // namespace news
