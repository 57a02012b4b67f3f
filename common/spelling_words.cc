#include "common/spelling_words.hh"

#include "common/words.hh"

namespace news {
namespace {

// Longer "words" are tables, URLs or noise; the TermGenerator skips them too.
constexpr std::size_t kMaxWordBytes = 64;

} // namespace

void SpellingWords::count(std::string_view text) {
  WordSplitter words(text, WordRule::Xapian);
  for (WordSpan span; words.next(span);) {
    const std::string word = lowercase_word(text.substr(span.offset, span.length));
    if (word.size() <= kMaxWordBytes) ++counts_[word];
  }
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
