#include "common/tagger_weights.hh"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace news {
namespace {

// A row's nine weights all 0 (three quarters of the rows): two 8-byte words and one weight.
bool all_zero(std::span<const std::int16_t> weights) {
  static_assert(kTagCount == 9);
  std::uint64_t first = 0, second = 0;
  std::memcpy(&first, weights.data(), sizeof first);
  std::memcpy(&second, weights.data() + 4, sizeof second);
  return (first | second) == 0 && weights[8] == 0;
}

} // namespace

TaggerWeights::TaggerWeights() : blocks_(kBuckets / 64) {}

TaggerWeights::TaggerWeights(std::span<const std::int16_t> dense) : blocks_(kBuckets / 64) {
  if (dense.size() != std::size_t{kBuckets} * kTagCount)
    throw std::invalid_argument("tagger weights: wrong number of weights");
  std::uint32_t kept = 0;
  for (std::uint32_t bucket = 0; bucket < kBuckets; ++bucket) {
    Block& block = blocks_[bucket >> 6];
    if ((bucket & 63) == 0) block.first = kept;
    const auto weights = dense.subspan(std::size_t{bucket} * kTagCount, kTagCount);
    if (all_zero(weights)) continue;
    block.present |= std::uint64_t{1} << (bucket & 63);
    rows_.insert(rows_.end(), weights.begin(), weights.end());
    ++kept;
  }
  rows_.shrink_to_fit();
}

std::vector<std::int16_t> TaggerWeights::dense() const {
  std::vector<std::int16_t> out(std::size_t{kBuckets} * kTagCount, 0);
  for (std::uint32_t bucket = 0; bucket < kBuckets; ++bucket)
    if (const std::int16_t* weights = row(bucket))
      std::copy_n(weights, kTagCount, &out[std::size_t{bucket} * kTagCount]);
  return out;
}

} // namespace news
