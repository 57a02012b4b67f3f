#include "common/words.hh"

#include <algorithm>

#include <xapian.h>

namespace news {

bool is_word_character(unsigned code) {
  if (code < 0x80)
    return (code >= '0' && code <= '9') || (code >= 'a' && code <= 'z') ||
           (code >= 'A' && code <= 'Z') || code == '_';
  return Xapian::Unicode::is_wordchar(code);
}

bool WordSplitter::joins(unsigned code) const {
  if (rule_ == WordRule::Apostrophes) return code == '\'' || code == 0x2019 || code == 0x201B;
  return code == '\'' || code == '&';
}

bool WordSplitter::next(WordSpan& word) {
  const std::size_t size = text_.size();
  if (rule_ == WordRule::Bytes) {
    while (at_ < size && !is_word_byte(text_[at_]))
      ++at_;
    if (at_ == size) return false;
    const std::size_t start = at_;
    while (at_ < size && is_word_byte(text_[at_]))
      ++at_;
    word = WordSpan{start, at_ - start};
    return true;
  }
  Utf8Character c;
  for (;; at_ += c.size) {
    if (at_ == size) return false;
    c = utf8_character_at(text_, at_);
    if (is_word_character(c.code)) break;
  }
  const std::size_t start = at_;
  // A joiner is in the word when a word character follows it.
  for (at_ += c.size; at_ < size; at_ += c.size) {
    c = utf8_character_at(text_, at_);
    if (is_word_character(c.code)) continue;
    if (!joins(c.code) || at_ + c.size >= size ||
        !is_word_character(utf8_character_at(text_, at_ + c.size).code))
      break;
  }
  word = WordSpan{start, at_ - start};
  return true;
}

std::vector<WordSpan> split_words(std::string_view text, WordRule rule) {
  std::vector<WordSpan> words;
  WordSplitter splitter(text, rule);
  for (WordSpan word; splitter.next(word);)
    words.push_back(word);
  return words;
}

std::string lowercase_word(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return Xapian::Unicode::tolower(std::string(word));
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower;
}

} // namespace news
