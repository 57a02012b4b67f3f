#include "common/name_candidates.hh"

#include <unordered_set>

#include "common/ascii.hh"
#include "common/stopwords.hh"
#include "common/words.hh"

namespace news {
namespace {

// Longer words are no candidates: no person's name is this long.
constexpr std::size_t kMaxCandidateBytes = 64;

constexpr auto is_upper = is_ascii_upper;
constexpr auto is_lower = is_ascii_lower;

// A capital, then at least one letter and no capital or digit (`Lawson`, `Pöhl`; not `IMF`).
bool capitalised(std::string_view word) {
  if (word.size() < 2 || !is_upper(word[0])) return false;
  for (char c : word.substr(1))
    if (is_upper(c) || (c >= '0' && c <= '9')) return false;
  return true;
}

// Letters only, at least two (`LYNG`; not `G7`, `1987`).
bool letters_only(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word)
    if (!is_upper(c) && !is_lower(c) && static_cast<unsigned char>(c) < 0x80) return false;
  return true;
}

// No lowercase ASCII letter and some capital: a headline in capitals.
bool all_capitals(std::string_view text) {
  bool capital = false;
  for (char c : text) {
    if (is_lower(c)) return false;
    capital = capital || is_upper(c);
  }
  return capital;
}

bool starts_capitalised(std::string_view word) { return !word.empty() && is_upper(word[0]); }

// Only spaces between two words: they are one run (a name of several words).
bool joined(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ') return false;
  return true;
}

} // namespace

std::vector<std::string> name_candidates(const Article& article, const Entities& found) {
  const std::string_view body = article.body;
  const std::vector<WordSpan> words = split_words(body, WordRule::Bytes);
  std::unordered_set<std::string> taken;
  for (EntityKind kind : kEntityKinds)
    for (const std::string& name : found.of(kind))
      for (std::string& word : entity_key_words(entity_key(name)))
        taken.insert(std::move(word));
  // Views of the body's words: most come many times, and a view is inserted
  // (a node made) only the first time.
  std::unordered_set<std::string_view> lowercase;
  for (const WordSpan& span : words)
    if (is_lower(body[span.offset])) lowercase.insert(body.substr(span.offset, span.length));
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  // Both sides views: with "en" against a std::string the ?: would make a
  // temporary string, and the view would outlive it.
  const std::string_view language =
      article.language.empty() ? std::string_view("en") : std::string_view(article.language);
  const auto take = [&](std::string_view word) {
    // No name is this long; a longer term would be shortened (boolean_term).
    if (word.size() > kMaxCandidateBytes) return;
    const std::string lower = lowercase_word(word);
    if (lowercase.contains(lower) || is_language_stopword(language, lower)) return;
    std::string key = entity_key(word);
    if (key.empty() || taken.contains(key) || !seen.insert(key).second) return;
    out.push_back(std::move(key));
  };
  // A title in capitals (`SUMITA SAYS YEN STABLE`): each word of letters is one; the
  // body's lowercase words and the archive's counts tell the names from the rest.
  const std::string_view title = article.title;
  if (all_capitals(title))
    for (const WordSpan& span : split_words(title, WordRule::Bytes))
      if (out.size() < kMaxNameCandidates && letters_only(title.substr(span.offset, span.length)))
        take(title.substr(span.offset, span.length));
  // A capitalised word alone (not next to another, `Lawson said`; in a title
  // in sentence case too: `Sumita says yen stable`) is one.
  const auto lone_capitalised = [&](std::string_view text, const std::vector<WordSpan>& spans) {
    const auto word_at = [&](std::size_t i) {
      return text.substr(spans[i].offset, spans[i].length);
    };
    for (std::size_t i = 0; i < spans.size() && out.size() < kMaxNameCandidates; ++i) {
      const std::string_view word = word_at(i);
      if (!capitalised(word)) continue;
      if (i > 0 && starts_capitalised(word_at(i - 1)) &&
          joined(text, spans[i - 1].offset + spans[i - 1].length, spans[i].offset))
        continue;
      if (i + 1 < spans.size() && starts_capitalised(word_at(i + 1)) &&
          joined(text, spans[i].offset + spans[i].length, spans[i + 1].offset))
        continue;
      take(word);
    }
  };
  if (!all_capitals(title)) lone_capitalised(title, split_words(title, WordRule::Bytes));
  lone_capitalised(body, words);
  return out;
}

} // namespace news
