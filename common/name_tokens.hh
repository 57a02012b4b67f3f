// The words of a text as entity extraction sees them: where capitalised
// words stand, where sentences start, and which words are possessives.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

struct NameToken {
  std::string text;         /**< the word, possessive `'s` removed; or one punctuation mark */
  bool word = false;        /**< letters or digits, not punctuation */
  bool capitalised = false; /**< starts with a capital letter */
  bool all_caps = false;    /**< letters all capitals (`NATO`, `U.S.`, `LONDON`) */
  bool sentence_start = false;
  bool possessive = false; /**< was `Putin's` */
  bool line_start = false; /**< first word of a line */
};

/**
 * Splits text into words and punctuation. Keeps `U.S.`, initials (`P.`)
 * and abbreviations (`Mr.`, `Inc.`) whole, apostrophes and hyphens inside
 * words, and strips possessive `'s` (also `’s`).
 */
std::vector<NameToken> name_tokens(std::string_view text);

/**
 * Where the piece of `text` that starts at `from` ends, for reading a long
 * text's tokens a piece at a time (the tokens of a 42 MB body took a
 * gigabyte): the whole rest if it is short; else after the first line end
 * past 64 KB, where a paragraph and any name in it end; in a paragraph
 * longer than that, after a sentence, else after a space, else at a
 * character's start.
 */
std::size_t name_piece_end(std::string_view text, std::size_t from);

/** Title case for a word in capitals: `LONDON` -> `London`. */
std::string title_case(std::string_view word);

} // namespace news
