// The entity tagger's weights laid out for lookups: only the buckets with a
// weight other than 0 (about a quarter of them) are kept, as rows of nine
// tags side by side, found through a bitmap of 64 buckets a block and the
// number of rows before each block. The index (64 KB) stays in the cache and
// the rows take 1.3 MB instead of the 4.7 MB of every bucket; a bucket
// without weights costs no read of the rows at all.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "common/feature_hash.hh"

namespace news {

/** BIO tags over the CoNLL-2003 kinds. */
enum class Tag : std::uint8_t { O, BPer, IPer, BOrg, IOrg, BLoc, ILoc, BMisc, IMisc };
inline constexpr std::size_t kTagCount = 9;

using TagScores = std::array<std::int32_t, kTagCount>;

class TaggerWeights {
public:
  static constexpr std::uint32_t kBuckets = 1u << kFeatureBucketBits;

  /** Every weight 0. */
  TaggerWeights();
  /** From every bucket's row (kBuckets rows of kTagCount). */
  explicit TaggerWeights(std::span<const std::int16_t> dense);

  /** Every bucket's row again (what the model file stores). */
  std::vector<std::int16_t> dense() const;

  /** A bucket's nine weights, or null when they are all 0. */
  const std::int16_t* row(FeatureId bucket) const {
    const Block& block = blocks_[bucket >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (bucket & 63);
    if ((block.present & bit) == 0) return nullptr;
    const std::uint32_t before = bits_set(block.present & (bit - 1));
    return &rows_[std::size_t{block.first + before} * kTagCount];
  }

  void add_scores(FeatureId bucket, TagScores& scores) const {
    if (const std::int16_t* weights = row(bucket))
      for (std::size_t t = 0; t < kTagCount; ++t)
        scores[t] += weights[t];
  }

  /** How many buckets have weights. */
  std::size_t rows() const { return rows_.size() / kTagCount; }

  /** Asks the processor to fetch a bucket's row, to be read soon. */
  void prefetch(FeatureId bucket) const {
    if (const std::int16_t* weights = row(bucket)) __builtin_prefetch(weights);
  }

private:
  // std::popcount without the instruction (not in the x86-64 baseline) is a
  // call into libgcc; this is the same count in a dozen instructions.
  static std::uint32_t bits_set(std::uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return static_cast<std::uint32_t>((x * 0x0101010101010101ull) >> 56);
  }

  struct Block {
    std::uint64_t present = 0; /**< bit b: bucket 64 * block + b has a row */
    std::uint32_t first = 0;   /**< the rows of the blocks before */
  };
  std::vector<Block> blocks_;
  std::vector<std::int16_t> rows_;
};

} // namespace news
