#include "common/sequence_tagger.hh"

namespace news {
namespace {

constexpr std::uint8_t kPreviousTag = 200, kPreviousTags = 201, kPreviousTagWord = 202;

bool is_inside(Tag tag) {
  return tag == Tag::IPer || tag == Tag::IOrg || tag == Tag::ILoc || tag == Tag::IMisc;
}

Tag begin_of(Tag tag) {
  return is_inside(tag) ? static_cast<Tag>(static_cast<std::uint8_t>(tag) - 1) : tag;
}

} // namespace

std::array<FeatureId, 3> previous_tag_features(const TokenFeatures& token, Tag before2,
                                               Tag before) {
  static constexpr std::uint64_t kTagHash = feature_hash(kPreviousTag, "");
  static constexpr std::uint64_t kTagsHash = feature_hash(kPreviousTags, "");
  const auto b = static_cast<std::uint32_t>(before), b2 = static_cast<std::uint32_t>(before2);
  return {bucket_of(feature_hash(kTagHash, b)), bucket_of(feature_hash(kTagsHash, b2 * 16 + b)),
          bucket_of(feature_hash(feature_hash(token.word_hash ^ kPreviousTagWord, b), 7))};
}

std::vector<Tag> decode(const SentenceFeatures& sentence, const TagScorer& scorer) {
  std::vector<Tag> tags;
  tags.reserve(sentence.size());
  Tag before2 = Tag::O, before = Tag::O;
  for (const TokenFeatures& token : sentence) {
    TagScores scores{};
    scorer(token, before2, before, scores);
    tags.push_back(best_tag(scores, before));
    before2 = before;
    before = tags.back();
  }
  return tags;
}

namespace {

// The tokens' own features, all of the sentence's rows read in one go. Where
// the processor has AVX2 (nearly all of them), a copy made for it adds a
// row's nine 16-bit weights to the 32-bit scores in a few vector
// instructions; the same sums either way (integers).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&                             \
    !defined(__SANITIZE_ADDRESS__)
[[gnu::target_clones("avx2", "default")]]
#endif
void add_own_scores(const SentenceFeatures& sentence, const TaggerWeights& weights,
                    std::vector<TagScores>& own) {
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (i + 1 < sentence.size()) // the next token's rows on their way while these are added
      for (FeatureId id : sentence[i + 1].ids)
        weights.prefetch(id);
    for (FeatureId id : sentence[i].ids)
      weights.add_scores(id, own[i]);
  }
}

} // namespace

std::vector<Tag> decode(const SentenceFeatures& sentence, const TaggerModel& model) {
  // The tokens' own features first; then left to right with the previous
  // tags' (integer sums: the order of the additions changes nothing).
  const TaggerWeights& weights = model.weights();
  std::vector<TagScores> own(sentence.size(), TagScores{});
  add_own_scores(sentence, weights, own);
  std::vector<Tag> tags;
  tags.reserve(sentence.size());
  Tag before2 = Tag::O, before = Tag::O;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (sentence[i].outside) { // O without asking the model (tagger_features.hh)
      tags.push_back(Tag::O);
      before2 = before;
      before = Tag::O;
      continue;
    }
    TagScores& scores = own[i];
    for (FeatureId id : previous_tag_features(sentence[i], before2, before))
      weights.add_scores(id, scores);
    tags.push_back(best_tag(scores, before));
    before2 = before;
    before = tags.back();
  }
  return tags;
}

std::vector<TaggedSpan> tagged_spans(const std::vector<Tag>& tags) {
  std::vector<TaggedSpan> out;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == Tag::O) continue;
    if (is_inside(tags[i]) && !out.empty() && out.back().end == i &&
        out.back().kind == begin_of(tags[i])) {
      out.back().end = i + 1;
      continue;
    }
    out.push_back({i, i + 1, begin_of(tags[i])});
  }
  return out;
}

} // namespace news
