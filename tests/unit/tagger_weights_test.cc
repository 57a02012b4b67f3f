// The entity tagger's runtime: feature hashing, the weight table's layout and
// the decoder over it, checked against the plain forms they replace.
#include <doctest/doctest.h>

#include <random>

#include "common/feature_hash.hh"
#include "common/sequence_tagger.hh"
#include "common/tagger_model.hh"
#include "common/tagger_weights.hh"

using namespace news;

namespace {

// Every bucket's weights, a few of them set (as a trained model has them: most are 0).
std::vector<std::int16_t> sparse_weights(unsigned seed) {
  std::mt19937 random(seed);
  std::vector<std::int16_t> dense(std::size_t{TaggerWeights::kBuckets} * kTagCount, 0);
  std::uniform_int_distribution<std::uint32_t> bucket(0, TaggerWeights::kBuckets - 1);
  std::uniform_int_distribution<int> weight(-32767, 32767);
  for (int n = 0; n < 20000; ++n) {
    const std::size_t row = std::size_t{bucket(random)} * kTagCount;
    for (std::size_t t = 0; t < kTagCount; ++t)
      dense[row + t] = static_cast<std::int16_t>(random() % 3 == 0 ? 0 : weight(random));
  }
  dense[0] = 7;                 // the first bucket
  dense[dense.size() - 1] = -3; // the last
  for (std::size_t t = 0; t < kTagCount; ++t)
    dense[64 * kTagCount + t] = 0; // a block's first
  return dense;
}

} // namespace

TEST_CASE("feature hashing is FNV-1a: its published values") {
  // FNV-1a 64 of "", "a" and "foobar" (the reference's test vectors).
  CHECK(fnv1a(kFnvOffsetBasis, "") == 0xcbf29ce484222325ull);
  CHECK(fnv1a(kFnvOffsetBasis, "a") == 0xaf63dc4c8601ec8cull);
  CHECK(fnv1a(kFnvOffsetBasis, "foobar") == 0x85944171f73967e8ull);
  // A feature's hash starts from its own seed; a template number is the first
  // byte, a second value follows the byte 0x1f, a number its four bytes low first.
  CHECK(feature_hash(std::uint8_t{0}, "a") == fnv1a(kFeatureHashSeed, std::string_view("\0a", 2)));
  CHECK(feature_hash(feature_hash(std::uint8_t{3}, "x"), "y") ==
        fnv1a(feature_hash(std::uint8_t{3}, "x"), "\x1fy"));
  CHECK(feature_hash(kFnvOffsetBasis, std::uint32_t{0x00636261}) ==
        fnv1a(kFnvOffsetBasis, std::string_view("abc\0", 4)));
  CHECK(bucket_of(0xffffffffffffffffull) < TaggerWeights::kBuckets);
}

TEST_CASE("weight table: every bucket's row as the dense weights have it") {
  const std::vector<std::int16_t> dense = sparse_weights(1);
  const TaggerWeights weights(dense);
  std::size_t nonzero = 0;
  for (std::uint32_t bucket = 0; bucket < TaggerWeights::kBuckets; ++bucket) {
    const std::int16_t* expected = &dense[std::size_t{bucket} * kTagCount];
    const bool zero = std::all_of(expected, expected + kTagCount, [](auto w) { return w == 0; });
    nonzero += !zero;
    const std::int16_t* row = weights.row(bucket);
    REQUIRE((row == nullptr) == zero);
    if (row) CHECK(std::equal(row, row + kTagCount, expected));
  }
  CHECK(weights.rows() == nonzero);
  CHECK(weights.dense() == dense);
  CHECK(TaggerWeights().rows() == 0);
  CHECK_THROWS(TaggerWeights(std::vector<std::int16_t>(5)));
}

TEST_CASE("model file: written from the table as every bucket's row, read back the same") {
  std::vector<float> floats(std::size_t{TaggerModel::kBuckets} * kTagCount, 0);
  const std::vector<std::int16_t> dense = sparse_weights(2);
  for (std::size_t i = 0; i < dense.size(); ++i)
    floats[i] = dense[i] / 32767.0f;
  const TaggerModel model = TaggerModel::quantise(floats);
  const std::string bytes = model.serialise();
  CHECK(TaggerModel::parse(bytes).serialise() == bytes);
  CHECK(TaggerModel::parse(bytes).weights().dense() == model.weights().dense());
}

TEST_CASE("decoding over the model: the tags of scoring every feature of every tag") {
  std::vector<float> floats(std::size_t{TaggerModel::kBuckets} * kTagCount, 0);
  const std::vector<std::int16_t> dense = sparse_weights(3);
  for (std::size_t i = 0; i < dense.size(); ++i)
    floats[i] = dense[i];
  const TaggerModel model = TaggerModel::quantise(floats);
  const std::vector<std::int16_t> quantised = model.weights().dense();
  // The plain scorer: each feature's row of the dense weights, the previous tags' too.
  const auto plain = [&](const TokenFeatures& token, Tag b2, Tag b, TagScores& scores) {
    auto add = [&](FeatureId id) {
      for (std::size_t t = 0; t < kTagCount; ++t)
        scores[t] += quantised[std::size_t{id} * kTagCount + t];
    };
    for (FeatureId id : token.ids)
      add(id);
    for (FeatureId id : previous_tag_features(token, b2, b))
      add(id);
  };
  std::mt19937 random(4);
  std::uniform_int_distribution<std::uint32_t> bucket(0, TaggerModel::kBuckets - 1);
  std::size_t tagged = 0;
  for (int n = 0; n < 200; ++n) {
    SentenceFeatures sentence(1 + random() % 30);
    for (TokenFeatures& token : sentence) {
      token.word_hash = random();
      for (int f = 0; f < 40; ++f)
        token.ids.push_back(bucket(random));
    }
    const std::vector<Tag> tags = decode(sentence, model);
    CHECK(tags == decode(sentence, plain));
    tagged += static_cast<std::size_t>(
        std::count_if(tags.begin(), tags.end(), [](Tag t) { return t != Tag::O; }));
  }
  CHECK(tagged > 0); // the sentences had names: the comparison was not of all O
}
