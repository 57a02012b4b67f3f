#include "common/spelling_words.hh"

#include <algorithm>
#include <cctype>
#include <utility>

namespace news {
namespace {

// Longer "words" are tables, URLs or noise; the TermGenerator skips them too.
constexpr std::size_t kMaxWordBytes = 64;

bool joins_word(unsigned ch) { return ch == '\'' || ch == '&'; }

// The character at `text[i]` and its length in bytes; ASCII without
// decoding, as most news text is. The text is valid UTF-8 (read_articles).
std::pair<unsigned, std::size_t> character_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {byte, 1};
  const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
  const std::size_t available = std::min(length, text.size() - i);
  return {*Xapian::Utf8Iterator(text.data() + i, available), available};
}

bool is_word_character(unsigned ch) {
  if (ch < 0x80) return std::isalnum(static_cast<int>(ch)) != 0 || ch == '_';
  return Xapian::Unicode::is_wordchar(ch);
}

} // namespace

void SpellingWords::count(std::string_view text) {
  std::string word;
  const auto finish = [&] {
    if (!word.empty() && word.size() <= kMaxWordBytes) ++counts_[word];
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto [ch, length] = character_at(text, i);
    i += length;
    if (is_word_character(ch)) {
      if (ch < 0x80)
        word += static_cast<char>(std::tolower(static_cast<int>(ch)));
      else
        Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(ch));
    } else if (!word.empty() && joins_word(ch) && i < text.size() &&
               is_word_character(character_at(text, i).first)) {
      word += static_cast<char>(ch);
    } else {
      finish();
    }
  }
  finish();
}

void SpellingWords::add_to(Xapian::WritableDatabase& db) {
  for (const auto& [word, frequency] : counts_)
    db.add_spelling(word, frequency);
  counts_.clear();
}

Xapian::termcount SpellingWords::frequency(const std::string& word) const {
  const auto it = counts_.find(word);
  return it == counts_.end() ? 0 : it->second;
}

} // namespace news
