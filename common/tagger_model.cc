#include "common/tagger_model.hh"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <vector>

#include <zlib.h>

extern "C" const char news_tagger_model_begin[];
extern "C" const char news_tagger_model_end[];

namespace news {
namespace {

constexpr std::string_view kMagic = "NEWSTAG1";

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i)
    out += static_cast<char>((v >> (8 * i)) & 0xff);
}

std::uint32_t get_u32(std::string_view in, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i)
    v |= std::uint32_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  return v;
}

} // namespace

TaggerModel TaggerModel::quantise(std::span<const float> weights) {
  if (weights.size() != std::size_t{kBuckets} * kTagCount)
    throw std::invalid_argument("tagger model: wrong number of weights");
  float largest = 0;
  for (float w : weights)
    largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? 32767.0f / largest : 1.0f;
  std::vector<std::int16_t> dense(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i)
    dense[i] = static_cast<std::int16_t>(std::lround(weights[i] * scale));
  return TaggerModel(TaggerWeights(dense));
}

std::string TaggerModel::serialise() const {
  const std::vector<std::int16_t> dense = weights_.dense();
  std::string raw;
  raw.reserve(dense.size() * 2);
  for (std::int16_t w : dense) {
    const auto u = static_cast<std::uint16_t>(w);
    raw += static_cast<char>(u & 0xff);
    raw += static_cast<char>(u >> 8);
  }
  uLongf size = compressBound(raw.size());
  std::string packed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &size,
                reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 9) != Z_OK)
    throw std::runtime_error("tagger model: compression failed");
  packed.resize(size);
  std::string out(kMagic);
  put_u32(out, kBucketBits);
  put_u32(out, kTagCount);
  put_u32(out, static_cast<std::uint32_t>(raw.size()));
  return out + packed;
}

TaggerModel TaggerModel::parse(std::string_view bytes) {
  const std::size_t header = kMagic.size() + 12;
  if (bytes.size() < header || !bytes.starts_with(kMagic))
    throw std::runtime_error("not an entity tagger model");
  if (get_u32(bytes, 8) != kBucketBits || get_u32(bytes, 12) != kTagCount)
    throw std::runtime_error("entity tagger model of another shape (buckets or tags)");
  const std::uint32_t raw_size = get_u32(bytes, 16);
  if (raw_size != std::size_t{kBuckets} * kTagCount * 2)
    throw std::runtime_error("entity tagger model of the wrong size");
  // The weights are little-endian 16-bit integers: inflated straight into
  // their array, swapped only on a big-endian machine (no copy of 4.7 MB).
  std::vector<std::int16_t> dense(raw_size / 2);
  uLongf size = raw_size;
  const std::string_view packed = bytes.substr(header);
  if (uncompress(reinterpret_cast<Bytef*>(dense.data()), &size,
                 reinterpret_cast<const Bytef*>(packed.data()), packed.size()) != Z_OK ||
      size != raw_size)
    throw std::runtime_error("entity tagger model is damaged");
  if constexpr (std::endian::native == std::endian::big)
    for (std::int16_t& w : dense) {
      const auto u = static_cast<std::uint16_t>(w);
      w = static_cast<std::int16_t>(static_cast<std::uint16_t>((u >> 8) | (u << 8)));
    }
  return TaggerModel(TaggerWeights(dense));
}

const TaggerModel* TaggerModel::builtin() {
  // NEWS_TAGGER_MODEL names another model file (for measuring one being trained).
  static const std::unique_ptr<TaggerModel> model = []() -> std::unique_ptr<TaggerModel> {
    std::string bytes;
    if (const char* path = std::getenv("NEWS_TAGGER_MODEL"); path && *path) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw std::runtime_error(std::string("cannot read the tagger model ") + path);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    } else {
      bytes.assign(news_tagger_model_begin, news_tagger_model_end);
    }
    if (bytes.empty()) return nullptr;
    return std::make_unique<TaggerModel>(parse(bytes));
  }();
  return model.get();
}

} // namespace news
