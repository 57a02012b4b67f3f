// Sentences of tokens as the CoNLL-2003 data has them, for the entity tagger:
// punctuation apart (`(`, `,`, `"`), possessive `'s` a token of its own,
// abbreviations (`U.S.`, `Inc.`, `P.`) whole. A line break ends a sentence,
// as do `.`, `?` and `!`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

using TaggerSentence = std::vector<std::string>;

/** The sentences of a text, each its tokens. */
std::vector<TaggerSentence> tagger_sentences(std::string_view text);

/** Tokens [begin, end) as text: `Boatmen 's Bancshares Inc .` -> `Boatmen's Bancshares Inc.`. */
std::string joined_tokens(const TaggerSentence& tokens, std::size_t begin, std::size_t end);

} // namespace news
