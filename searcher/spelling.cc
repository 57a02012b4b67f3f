#include "searcher/spelling.hh"

#include "common/ascii.hh"

#include <cctype>

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

// A replacement for one plain word, or empty.
std::string better_spelling(const Xapian::Database& db, const std::string& word) {
  const std::string lower = to_lower(word);
  const std::string suggestion = db.get_spelling_suggestion(lower);
  if (suggestion.empty() || suggestion == lower) return {};
  const Xapian::doccount own = spelling_frequency(db, lower);
  const Xapian::doccount other = spelling_frequency(db, suggestion);
  if (own == 0 && other > 0) return suggestion; // unknown word
  if (own <= kRareFrequency && other >= kRarityRatio * own) return suggestion;
  return {};
}

} // namespace

std::string suggest_spelling(const Xapian::Database& db, const std::string& query,
                             const std::string& xapian_correction) {
  if (!xapian_correction.empty()) return xapian_correction;
  // Plain words only: not field values (title:x), operators or wildcards.
  std::string corrected;
  bool changed = false;
  std::size_t i = 0;
  while (i < query.size()) {
    if (!std::isalpha(static_cast<unsigned char>(query[i]))) {
      corrected += query[i++];
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && std::isalpha(static_cast<unsigned char>(query[end])))
      ++end;
    const std::string word = query.substr(i, end - i);
    const bool plain = end >= query.size() || (query[end] != ':' && query[end] != '*');
    const bool after_prefix = i > 0 && query[i - 1] == ':';
    std::string better;
    if (plain && !after_prefix && !is_operator(word)) better = better_spelling(db, word);
    corrected += better.empty() ? word : better;
    changed = changed || !better.empty();
    i = end;
  }
  return changed ? corrected : std::string{};
}

} // namespace news
