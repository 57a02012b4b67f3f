// The entity tagger's model: an averaged perceptron's weights over hashed
// features (common/feature_hash), one row of nine tag weights per bucket,
// quantised to 16 bits and stored zlib-compressed, every bucket's row
// (common/models/entity_tagger.bin, built by tools/news-train-tagger; see
// docs/entities.md); held in memory as common/tagger_weights lays it out.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "common/feature_hash.hh"
#include "common/tagger_weights.hh"

namespace news {

class TaggerModel {
public:
  static constexpr unsigned kBucketBits = kFeatureBucketBits;
  static constexpr std::uint32_t kBuckets = TaggerWeights::kBuckets;

  /** An empty model (every weight 0). */
  TaggerModel() = default;
  /** From float weights (kBuckets rows of kTagCount), scaled so the largest is 32767. */
  static TaggerModel quantise(std::span<const float> weights);
  /** Reads a model written by serialise(); throws std::runtime_error when it is not one. */
  static TaggerModel parse(std::string_view bytes);
  /** The model built into the program, read on first use; null when none was built in. */
  static const TaggerModel* builtin();

  std::string serialise() const;
  void add_scores(FeatureId feature, TagScores& scores) const {
    weights_.add_scores(feature, scores);
  }
  const TaggerWeights& weights() const { return weights_; }

private:
  explicit TaggerModel(TaggerWeights weights) : weights_(std::move(weights)) {}
  TaggerWeights weights_;
};

} // namespace news
