#include "searcher/query_words.hh"

#include <algorithm>
#include <cctype>
#include <utility>

#include <xapian.h>

namespace news {
namespace {

bool joins_word(unsigned ch) { return ch == '\'' || ch == '&'; }

// The character at `text[i]` and its length in bytes; invalid UTF-8 is taken
// a byte at a time (Xapian reads such a byte as Latin-1).
std::pair<unsigned, std::size_t> character_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {byte, 1};
  Xapian::Utf8Iterator it(text.data() + i, text.size() - i);
  Xapian::Utf8Iterator next = it;
  ++next;
  const auto length = static_cast<std::size_t>(next.raw() - it.raw());
  return {*it, std::max<std::size_t>(length, 1)};
}

bool is_word_character(unsigned ch) {
  if (ch < 0x80) return std::isalnum(static_cast<int>(ch)) != 0 || ch == '_';
  return Xapian::Unicode::is_wordchar(ch);
}

bool is_sign(unsigned ch) { return ch == '+' || ch == '-'; }

bool opens_phrase_or_group(unsigned ch) {
  return ch == '"' || ch == 0x201c || ch == 0x201d || ch == '(';
}

// Whether the sign at `text[i]` applies to something the parser cannot read
// as empty: a word, or a phrase or group that starts with one (`+""`, `+()`
// and `+.` are skipped by the lexer, and the sign then lands on whatever
// follows, even a group of stopwords).
bool sign_applies(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size()) return false;
  const auto [next, length] = character_at(text, i + 1);
  if (is_word_character(next)) return true;
  if (!opens_phrase_or_group(next)) return false;
  const std::size_t after = i + 1 + length;
  return after < text.size() && is_word_character(character_at(text, after).first);
}

} // namespace

std::string without_dangling_signs(std::string_view text) {
  std::string out(text);
  bool after_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto [ch, length] = character_at(text, i);
    if (is_sign(ch) && !after_word && !sign_applies(text, i)) out[i] = ' ';
    // A word's suffix (`C++`, `C#`) is part of it.
    after_word = is_word_character(ch) || (after_word && (ch == '+' || ch == '#'));
    i += length;
  }
  return out;
}

std::vector<QueryWord> query_words(std::string_view text) {
  std::vector<QueryWord> words;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto [ch, length] = character_at(text, i);
    if (!is_word_character(ch)) {
      i += length;
      continue;
    }
    QueryWord word{i, 0};
    i += length;
    while (i < text.size()) {
      const auto [next, next_length] = character_at(text, i);
      if (is_word_character(next)) {
        i += next_length;
      } else if (joins_word(next) && i + next_length < text.size() &&
                 is_word_character(character_at(text, i + next_length).first)) {
        i += next_length;
      } else {
        break;
      }
    }
    word.length = i - word.offset;
    words.push_back(word);
  }
  return words;
}

} // namespace news
