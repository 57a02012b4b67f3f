// Recognising republished copies of one story.
//
// Wire stories are republished with small edits. Two signatures of an
// article's text find them: an exact fingerprint (the words, lowercased, in
// order) for exact copies, and a 64-bit SimHash over 3-word shingles for
// near-identical ones, whose signatures differ in a few bits only. The
// SimHash is cut into 4 bands of 16 bits, each indexed as a term: two
// signatures within kNearDistance bits share at least one band exactly, so
// candidates are found by term lookup, then checked bit by bit.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace news {

/** Signatures at most this many bits apart are the same story. */
inline constexpr int kNearDistance = 3;

/** Texts shorter than this many words get no SimHash (too little to compare). */
inline constexpr std::size_t kMinSimhashWords = 25;

/** Hex hash of the text's words, lowercased, in order; equal for exact copies. */
std::string text_fingerprint(std::string_view title, std::string_view body);

/** SimHash of the body's 3-word shingles; nullopt for short texts. */
std::optional<std::uint64_t> simhash(std::string_view body);

/** Number of differing bits. */
int hamming_distance(std::uint64_t a, std::uint64_t b);

/** The 4 band values (`b` + band number + 4 hex digits), for the SimhashBand terms. */
std::array<std::string, 4> simhash_bands(std::uint64_t signature);

} // namespace news
