// The names a document's lists find, marked on the tokens of its sentences
// for the entity tagger's features (common/tagger_features): the rule
// extractor's names and their mentions (common/entity_extractor), and the
// places and organisations the gazetteer knows (common/gazetteer). A token
// is marked B-kind where the longest such name starts, I-kind where it goes
// on, "" outside; the marks are views of labels made once.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/entity.hh"
#include "common/gazetteer.hh"
#include "common/tagger_tokens.hh"

namespace news {

/** A kind's two labels: `B-person`, `I-person`. */
struct SpanLabel {
  explicit SpanLabel(std::string_view kind)
      : begin("B-" + std::string(kind)), inside("I-" + std::string(kind)) {}
  std::string begin, inside;
};

/** Names by their tokens, each with its label; marks a sentence's tokens. */
class SpanMarks {
public:
  void add(const std::vector<std::string>& tokens, const SpanLabel& label);
  /** The label of each token of the sentence: "" outside, "B-..." or "I-...". */
  std::vector<std::string_view> mark(const TaggerSentence& sentence) const;

private:
  std::unordered_map<std::string,
                     std::vector<std::pair<std::vector<std::string>, const SpanLabel*>>>
      by_first_;
};

/** The rule extractor's names of a document and their mentions, by kind. */
SpanMarks rule_marks(const Entities& rules);

/** The longest known place or organisation (up to four tokens) at each token: `place` or `org`. */
std::vector<std::string_view> gazetteer_marks(const TaggerSentence& s, const Gazetteer& g);

} // namespace news
