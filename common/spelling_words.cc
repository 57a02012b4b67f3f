#include "common/spelling_words.hh"

namespace news {
namespace {

// Longer "words" are tables, URLs or noise; the TermGenerator skips them too.
constexpr std::size_t kMaxWordBytes = 64;

bool joins_word(unsigned ch) { return ch == '\'' || ch == '&'; }

} // namespace

void SpellingWords::count(std::string_view text) {
  std::string word;
  const auto finish = [&] {
    if (!word.empty() && word.size() <= kMaxWordBytes) ++counts_[word];
    word.clear();
  };
  Xapian::Utf8Iterator it(text.data(), text.size());
  const Xapian::Utf8Iterator end;
  while (it != end) {
    const unsigned ch = *it;
    ++it;
    if (Xapian::Unicode::is_wordchar(ch)) {
      Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(ch));
    } else if (!word.empty() && joins_word(ch) && it != end && Xapian::Unicode::is_wordchar(*it)) {
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

void SpellingWords::absorb(SpellingWords&& other) {
  for (auto& [word, frequency] : other.counts_)
    counts_[word] += frequency;
  other.counts_.clear();
}

Xapian::termcount SpellingWords::frequency(const std::string& word) const {
  const auto it = counts_.find(word);
  return it == counts_.end() ? 0 : it->second;
}

} // namespace news
