// Decoding for the entity tagger: left to right, each token's tag the best
// under the model given its features and the two tags before it (greedy; a
// tag inside a name only after its name's start or inside), then the tagged
// names as spans.
#pragma once

#include <functional>
#include <vector>

#include "common/tagger_features.hh"

namespace news {

/** Scores of each tag for a token, from its features and the two tags before it. */
using TagScorer = std::function<void(const TokenFeatures&, Tag before2, Tag before, TagScores&)>;

/** The features the previous tags add to a token's own (also for training). */
std::array<FeatureId, 3> previous_tag_features(const TokenFeatures& token, Tag before2, Tag before);

/** Whether `tag` may follow `before` (I-X only after B-X or I-X; the I- tags
 *  are the even numbers past O, each after its B-). Inline: the decoder asks
 *  it of every tag of every token. */
constexpr bool may_follow(Tag before, Tag tag) {
  const auto t = static_cast<std::uint8_t>(tag), b = static_cast<std::uint8_t>(before);
  const bool inside = t != 0 && t % 2 == 0;
  return !inside || b == t || b + 1 == t;
}

/** The tag of the highest score that may follow `before` (the first of equals). */
template <typename Scores> Tag best_tag(const Scores& scores, Tag before) {
  std::size_t best = 0;
  bool any = false;
  for (std::size_t t = 0; t < kTagCount; ++t) {
    if (!may_follow(before, static_cast<Tag>(t))) continue;
    if (!any || scores[t] > scores[best]) best = t;
    any = true;
  }
  return static_cast<Tag>(best);
}

/** The tags of a sentence, best first, by `scorer`. */
std::vector<Tag> decode(const SentenceFeatures& sentence, const TagScorer& scorer);
/** The same with a model's weights. */
std::vector<Tag> decode(const SentenceFeatures& sentence, const TaggerModel& model);

struct TaggedSpan {
  std::size_t begin, end; /**< tokens [begin, end) */
  Tag kind;               /**< the B- tag of its kind */
};

/** The names a sentence's tags mark. */
std::vector<TaggedSpan> tagged_spans(const std::vector<Tag>& tags);

} // namespace news
