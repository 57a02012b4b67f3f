// Words, once: where each word of a text starts and ends.
//
// Every part of the program that splits text into words does it here, by
// one of three rules, each for a reason:
// - WordRule::Xapian is how Xapian's QueryParser and TermGenerator split:
//   the query words (counted, spelling-corrected), the words counted for
//   "did you mean" and the near-duplicate fingerprints' words (on text
//   prepared by the tokenizer, prepare_text) must be the words the index
//   has terms for.
// - WordRule::Apostrophes is the snippet maker's, on stored text that was
//   never folded: a typographic apostrophe joins too (`Beijing’s`).
// - WordRule::Bytes is the entity keys': no decoding. Their words are
//   stored in the index (entity word terms): changing the rule changes what
//   old indexes hold.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.hh"

namespace news {

enum class WordRule {
  /**
   * Runs of Unicode word characters (letters, digits, marks, `_`: see
   * is_word_character); an `'` or `&` between two of them joins (`don't`,
   * `at&t`). Bytes are read as Xapian reads them (utf8_character_at).
   */
  Xapian,
  /** As Xapian, but `'`, `’` and `‛` join, and `&` does not. */
  Apostrophes,
  /**
   * Runs of ASCII letters and digits and of bytes of non-ASCII characters
   * (so `café` is one word, and so is `a—b`); nothing joins, `_` splits.
   */
  Bytes,
};

/** One word of a text: where it starts and how many bytes it takes. */
struct WordSpan {
  std::size_t offset = 0;
  std::size_t length = 0;
  bool operator==(const WordSpan&) const = default;
};

/** Whether Xapian counts the character as part of a word (letter, digit, mark or `_`). */
bool is_word_character(unsigned code);

/** Whether the byte is in a word under WordRule::Bytes. */
constexpr bool is_word_byte(char byte) {
  const auto b = static_cast<unsigned char>(byte);
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

/** The words of a text one at a time, in order (for loops that stop early). */
class WordSplitter {
public:
  WordSplitter(std::string_view text, WordRule rule) : text_(text), rule_(rule) {}

  /** The next word; false (and `word` unchanged) at the end of the text. */
  bool next(WordSpan& word);

private:
  bool joins(unsigned code) const;

  std::string_view text_;
  WordRule rule_;
  std::size_t at_ = 0;
};

/** The words of `text`, in order. */
std::vector<WordSpan> split_words(std::string_view text, WordRule rule);

/** The word lowercased as Xapian lowercases it (ASCII without decoding). */
std::string lowercase_word(std::string_view word);

} // namespace news
