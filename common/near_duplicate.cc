#include "common/near_duplicate.hh"

#include <array>
#include <bit>
#include <cstdint>
#include <utility>

#include <fmt/core.h>
#include <xxhash.h>

#include "common/index_codecs.hh"
#include "common/tokenizer.hh"
#include "common/words.hh"

namespace news {
namespace {

// Calls `use` with each word as the index has it (the tokenizer's words:
// prepare_text, WordRule::Xapian, lowercased), so `Café` and `CAFE` are one
// word, as they are to a search. No list of the words: a 42 MB body has 7
// million.
template <typename UseWord> void for_each_word(std::string_view text, UseWord use) {
  const std::string prepared = prepare_text(text);
  std::string word;
  WordSplitter words(prepared, WordRule::Xapian);
  for (WordSpan span; words.next(span);) {
    word = lowercase_word(std::string_view(prepared).substr(span.offset, span.length));
    use(std::as_const(word));
  }
}

// How many shingle hashes had each of the 64 bits set. Counted eight bits
// at a time: byte k of lanes[b] counts bit 8k+b, so one shingle costs eight
// masked additions rather than 64; the bytes are emptied into `ones` before
// they can overflow.
class BitCounts {
public:
  void add(std::uint64_t hash) {
    for (int b = 0; b < 8; ++b)
      lanes_[b] += (hash >> b) & 0x0101010101010101ull;
    if (++pending_ == 255) flush();
  }
  /** The bits set in more than half of the n hashes added. */
  std::uint64_t majority(std::size_t n) {
    flush();
    std::uint64_t signature = 0;
    for (int bit = 0; bit < 64; ++bit)
      if (2 * std::size_t{ones_[bit]} > n) signature |= std::uint64_t{1} << bit;
    return signature;
  }

private:
  void flush() {
    for (int b = 0; b < 8; ++b)
      for (int k = 0; k < 8; ++k)
        ones_[8 * k + b] += static_cast<std::uint32_t>((lanes_[b] >> (8 * k)) & 0xff);
    lanes_ = {};
    pending_ = 0;
  }
  std::array<std::uint64_t, 8> lanes_{};
  unsigned pending_ = 0;
  std::array<std::uint32_t, 64> ones_{};
};

} // namespace

std::string text_fingerprint(std::string_view title, std::string_view body) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (std::string_view part : {title, body}) {
    for_each_word(part, [state](const std::string& word) {
      XXH3_64bits_update(state, word.data(), word.size());
      XXH3_64bits_update(state, " ", 1);
    });
    XXH3_64bits_update(state, "\n", 1);
  }
  const std::uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return encode_hash(hash);
}

std::optional<std::uint64_t> simhash(std::string_view body) {
  // The last three words, oldest first: the shingle ending at each word.
  std::array<std::string, 3> last;
  std::size_t words = 0;
  // Each bit votes +1 for a shingle hash with it set, -1 without: set in the
  // signature where the ones are more than half.
  BitCounts counts;
  std::string shingle; // one buffer for all: this runs for every article indexed
  for_each_word(body, [&](const std::string& word) {
    std::swap(last[0], last[1]);
    std::swap(last[1], last[2]);
    last[2] = word;
    if (++words < 3) return;
    shingle.assign(last[0]).append(1, ' ').append(last[1]).append(1, ' ').append(last[2]);
    counts.add(XXH3_64bits(shingle.data(), shingle.size()));
  });
  if (words < kMinSimhashWords) return std::nullopt;
  return counts.majority(words - 2); // a shingle ends at each word from the third
}

int hamming_distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::array<std::string, 4> simhash_bands(std::uint64_t signature) {
  std::array<std::string, 4> bands;
  for (int band = 0; band < 4; ++band)
    bands[band] = fmt::format("b{}{:04x}", band, (signature >> (16 * band)) & 0xFFFF);
  return bands;
}

} // namespace news
