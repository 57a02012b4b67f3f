#include "common/near_duplicate.hh"

#include <bit>
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
  std::array<int, 64> votes{};
  std::string shingle; // one buffer for all: this runs for every article indexed
  for_each_word(body, [&](const std::string& word) {
    std::swap(last[0], last[1]);
    std::swap(last[1], last[2]);
    last[2] = word;
    if (++words < 3) return;
    shingle.assign(last[0]).append(1, ' ').append(last[1]).append(1, ' ').append(last[2]);
    const std::uint64_t hash = XXH3_64bits(shingle.data(), shingle.size());
    for (int bit = 0; bit < 64; ++bit)
      votes[bit] += (hash >> bit) & 1 ? 1 : -1;
  });
  if (words < kMinSimhashWords) return std::nullopt;
  std::uint64_t signature = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (votes[bit] > 0) signature |= std::uint64_t{1} << bit;
  return signature;
}

int hamming_distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::array<std::string, 4> simhash_bands(std::uint64_t signature) {
  std::array<std::string, 4> bands;
  for (int band = 0; band < 4; ++band)
    bands[band] = fmt::format("b{}{:04x}", band, (signature >> (16 * band)) & 0xFFFF);
  return bands;
}

} // namespace news
