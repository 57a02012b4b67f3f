// What the entity tagger looks at for each token: the word, its lowercase
// form, shape, prefixes and suffixes, capitals, the words two either side,
// its place in the sentence, the gazetteer (common/gazetteer) and the rule
// extractor's names for the document (common/entity_extractor) as evidence,
// and what the document says of the word elsewhere (in lowercase, or
// capitalised inside a sentence). Each feature is hashed to a bucket of the
// model (common/tagger_model). The previous tags' features are the decoder's
// (common/sequence_tagger).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/entity.hh"
#include "common/tagger_model.hh"
#include "common/tagger_tokens.hh"

namespace news {

struct TokenFeatures {
  std::vector<FeatureId> ids;  /**< the token's own features */
  std::uint64_t word_hash = 0; /**< its lowercase word, to pair with the previous tag */
  bool outside = false;        /**< outside every name (outside_names): O, no features */
};

using SentenceFeatures = std::vector<TokenFeatures>;

/** Which tokens document_features describes: every one (training), or those
 *  that may be part of a name (tagging: the others are marked `outside`). */
enum class FeaturedTokens { All, MaybeInNames };

/**
 * The features of the tokens of a document's sentences; `rules` are the
 * names the rule extractor found in the same document (their mentions too);
 * `sport` the sport its title names (sports_report.hh: `soccer`), if any.
 */
std::vector<SentenceFeatures> document_features(const std::vector<TaggerSentence>& sentences,
                                                const Entities& rules, std::string_view sport = {},
                                                FeaturedTokens which = FeaturedTokens::All);

/**
 * Whether the token is outside every name however it is tagged: ASCII
 * without a capital (a lowercase word, a number, punctuation), between
 * neighbours without a capital (nor any letter beyond ASCII). A name's
 * lowercase words and numbers stand next to its capitalised ones (`Bank of
 * Japan`, `Conference on Trade`, `Schalke 04`); `said` and `5` in `it said 5
 * pct` do not. The tagger gives such a token O without asking the model: most
 * of a text's tokens.
 */
bool outside_names(const TaggerSentence& s, std::size_t i);

/** The sentence is a headline or a table line: no lowercase word in it, some capital. */
bool all_capitals(const TaggerSentence& s);

/** The word's shape: `Xx`, `X.X.`, `dd-dd` (runs of one kind of character kept once). */
std::string word_shape(std::string_view word);

} // namespace news
