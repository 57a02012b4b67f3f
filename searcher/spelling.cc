#include "searcher/spelling.hh"

#include <algorithm>

#include "common/tokenizer.hh"
#include "common/words.hh"

namespace news {
namespace {

// A known word this many times less frequent than its suggestion is taken as a typo.
constexpr Xapian::doccount kRarityRatio = 20;
// ...as long as it is itself this rare.
constexpr Xapian::doccount kRareFrequency = 3;

bool is_operator(const std::string& word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR" || word == "XOR";
}

// How often the indexer saw the word (0 if never).
Xapian::doccount spelling_frequency(const Xapian::Database& db, const std::string& word) {
  Xapian::TermIterator it = db.spellings_begin();
  it.skip_to(word);
  return it != db.spellings_end() && *it == word ? it.get_termfreq() : 0;
}

// A replacement for one plain word, or empty. The spelling data has words
// with their accents (spelling_word): a suggestion that a search reads as
// the same word (`séisme` for `seisme`) is none.
std::string better_spelling(const Xapian::Database& db, const std::string& word) {
  const std::string lower = spelling_word(word);
  const std::string suggestion = db.get_spelling_suggestion(lower);
  if (suggestion.empty() || indexed_word(suggestion) == indexed_word(word)) return {};
  // Known as typed, or as the index has it with other accents: how often its exact word
  // occurs (`pekin` is known where the articles write `Pékin`).
  const std::string exact = indexed_word(word);
  const Xapian::doccount own = std::max<Xapian::doccount>(
      spelling_frequency(db, lower), exact.empty() ? 0 : db.get_collection_freq(exact));
  const Xapian::doccount other = spelling_frequency(db, suggestion);
  if (own == 0 && other > 0) return suggestion; // unknown word
  if (own <= kRareFrequency && other >= kRarityRatio * own) return suggestion;
  return {};
}

} // namespace

std::string suggest_spelling(const Xapian::Database& db, const std::string& query) {
  // Plain words only: not field values (title:x), operators or wildcards.
  // The words are split as the query parser splits them (`séisme` is one
  // word, not `s` and `isme`) and looked up as the indexer stored them:
  // normalised and lowercased, accents kept (`séisme`); the user's other
  // words are kept as typed.
  std::string corrected;
  bool changed = false;
  std::size_t copied = 0;
  for (const WordSpan& at : split_words(query, WordRule::Xapian)) {
    const std::size_t end = at.offset + at.length;
    const std::string word = query.substr(at.offset, at.length);
    const bool plain = end >= query.size() || (query[end] != ':' && query[end] != '*');
    const bool after_prefix = at.offset > 0 && query[at.offset - 1] == ':';
    if (!plain || after_prefix || is_operator(word)) continue;
    const std::string better = better_spelling(db, word);
    if (better.empty()) continue;
    corrected.append(query, copied, at.offset - copied);
    corrected += better;
    copied = end;
    changed = true;
  }
  if (!changed) return {};
  corrected.append(query, copied);
  return corrected;
}

} // namespace news
