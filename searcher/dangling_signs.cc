#include "searcher/dangling_signs.hh"

#include "common/words.hh"

namespace news {
namespace {

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
  const Utf8Character next = utf8_character_at(text, i + 1);
  if (is_word_character(next.code)) return true;
  if (!opens_phrase_or_group(next.code)) return false;
  const std::size_t after = i + 1 + next.size;
  return after < text.size() && is_word_character(utf8_character_at(text, after).code);
}

} // namespace

std::string without_dangling_signs(std::string_view text) {
  std::string out(text);
  bool after_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const Utf8Character c = utf8_character_at(text, i);
    if (is_sign(c.code) && !after_word && !sign_applies(text, i)) out[i] = ' ';
    // A word's suffix (`C++`, `C#`) is part of it.
    after_word = is_word_character(c.code) || (after_word && (c.code == '+' || c.code == '#'));
    i += c.size;
  }
  return out;
}

} // namespace news
