// Feature hashing for the entity tagger: FNV-1a (64 bits) of a template
// number and its value's bytes, folded to a bucket of the model
// (common/tagger_model). Inline: a token has some forty features, hashed
// from views of its words, never from strings built for the purpose.
#pragma once

#include <cstdint>
#include <string_view>

namespace news {

/** A feature's bucket: the hash of its template and value. */
using FeatureId = std::uint32_t;

inline constexpr std::uint64_t kFnvPrime = 1099511628211ull;
/** FNV-1a's offset basis, for FNV-1a proper. */
inline constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ull;
/** Where a feature's hash starts: the basis with its last digit lost (the
 *  models are trained with it, so it stays). */
inline constexpr std::uint64_t kFeatureHashSeed = 1469598103934665603ull;

/** FNV-1a continued over more bytes. */
constexpr std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

/** A template number and its value. */
constexpr std::uint64_t feature_hash(std::uint8_t template_id, std::string_view value) {
  return fnv1a((kFeatureHashSeed ^ template_id) * kFnvPrime, value);
}
/** A hash continued with more bytes (a second value), after a separator. */
constexpr std::uint64_t feature_hash(std::uint64_t hash, std::string_view more) {
  return fnv1a((hash ^ 0x1f) * kFnvPrime, more);
}
/** A hash combined with a small number (a previous tag): its four bytes, low first. */
constexpr std::uint64_t feature_hash(std::uint64_t hash, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) {
    hash ^= (value >> (8 * i)) & 0xff;
    hash *= kFnvPrime;
  }
  return hash;
}

inline constexpr unsigned kFeatureBucketBits = 18;

constexpr FeatureId bucket_of(std::uint64_t hash) {
  return static_cast<FeatureId>((hash ^ (hash >> 29)) & ((1u << kFeatureBucketBits) - 1));
}

} // namespace news
