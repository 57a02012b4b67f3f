// The stems of the words an indexing thread meets most, for the indexer's
// stemmer (tokenizer.cc): the TermGenerator (STEM_ALL_Z) asks for the stem of
// every word it meets, and Snowball costs about 1,900 instructions a word
// (callgrind, English, Reuters). A small direct-mapped table (4,096 slots,
// words of at most 23 bytes) keeps the stems of the words that come back,
// article after article, and stays in the processor's cache: a word found
// costs a hash and a compare, one not found its Snowball stem and a slot
// written. The stems are Snowball's either way: the terms are the same.
// (A std::unordered_map of every word met was tried before, and measured
// slower than Snowball: its nodes are scattered over megabytes.)
#pragma once

#include <array>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace news {

class StemCache {
public:
  static constexpr std::size_t kSlots = 4096;     // a power of two
  static constexpr std::size_t kLongestWord = 23; // bytes

  explicit StemCache(Xapian::Stem stem) : stem_(std::move(stem)), slots_(kSlots) {}

  /** The word's stem, as the stemmer makes it. */
  std::string operator()(const std::string& word) {
    if (word.empty() || word.size() > kLongestWord) return stem_(word);
    Slot& slot = slots_[std::hash<std::string_view>{}(word) & (kSlots - 1)];
    if (slot.size == word.size() && std::memcmp(slot.word.data(), word.data(), word.size()) == 0)
      return slot.stem;
    slot.stem = stem_(word);
    std::memcpy(slot.word.data(), word.data(), word.size());
    slot.size = static_cast<unsigned char>(word.size());
    return slot.stem;
  }

  const Xapian::Stem& stemmer() const { return stem_; }

private:
  struct Slot {
    std::array<char, kLongestWord> word{};
    unsigned char size = 0; // 0: empty (no word is empty here)
    std::string stem;
  };
  Xapian::Stem stem_;
  std::vector<Slot> slots_;
};

} // namespace news
