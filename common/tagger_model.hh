// The entity tagger's model: an averaged perceptron's weights over hashed
// features, one row of nine tag weights per bucket, quantised to 16 bits and
// stored zlib-compressed (common/models/entity_tagger.bin, built by
// tools/news-train-tagger; see docs/entities.md).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace news {

/** BIO tags over the CoNLL-2003 kinds. */
enum class Tag : std::uint8_t { O, BPer, IPer, BOrg, IOrg, BLoc, ILoc, BMisc, IMisc };
inline constexpr std::size_t kTagCount = 9;

using TagScores = std::array<std::int32_t, kTagCount>;

/** A feature's bucket: the hash of its template and value. */
using FeatureId = std::uint32_t;

class TaggerModel {
public:
  static constexpr unsigned kBucketBits = 18;
  static constexpr std::uint32_t kBuckets = 1u << kBucketBits;

  /** An empty model (every weight 0). */
  TaggerModel() : weights_(std::size_t{kBuckets} * kTagCount, 0) {}
  /** From float weights (kBuckets rows of kTagCount), scaled so the largest is 32767. */
  static TaggerModel quantise(std::span<const float> weights);
  /** Reads a model written by serialise(); throws std::runtime_error when it is not one. */
  static TaggerModel parse(std::string_view bytes);
  /** The model built into the program, read on first use; null when none was built in. */
  static const TaggerModel* builtin();

  std::string serialise() const;
  void add_scores(FeatureId feature, TagScores& scores) const {
    const std::int16_t* row = &weights_[std::size_t{feature} * kTagCount];
    for (std::size_t t = 0; t < kTagCount; ++t)
      scores[t] += row[t];
  }

private:
  std::vector<std::int16_t> weights_;
};

/** Feature hashing: FNV-1a of a template number and its value's bytes. */
std::uint64_t feature_hash(std::uint8_t template_id, std::string_view value);
/** A hash continued with more bytes (a second value). */
std::uint64_t feature_hash(std::uint64_t hash, std::string_view more);
/** A hash combined with a small number (a previous tag). */
std::uint64_t feature_hash(std::uint64_t hash, std::uint32_t value);
inline FeatureId bucket_of(std::uint64_t hash) {
  return static_cast<FeatureId>((hash ^ (hash >> 29)) & (TaggerModel::kBuckets - 1));
}

} // namespace news
