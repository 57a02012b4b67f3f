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

} // namespace

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
