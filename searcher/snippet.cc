#include "searcher/snippet.hh"

#include <algorithm>
#include <cctype>
#include <optional>

#include "common/index_codecs.hh"
#include "common/tokenizer.hh"
#include "common/words.hh"

namespace news {
namespace {

constexpr std::string_view kOmitted = "…";

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

bool ends_sentence(char c) { return c == '.' || c == '!' || c == '?'; }

// Whether a word starting at `pos` begins a sentence or a paragraph (or the text).
bool starts_sentence(std::string_view text, std::size_t pos) {
  while (pos > 0 && is_space(text[pos - 1])) {
    if (text[pos - 1] == '\n') return true;
    --pos;
  }
  return pos == 0 || ends_sentence(text[pos - 1]);
}

bool starts_word(std::string_view text, std::size_t pos) {
  return pos == 0 || (is_space(text[pos - 1]) && !is_space(text[pos]));
}

// Where to start a snippet whose matches begin at `first` and which has
// `room` bytes to spare: at the start of the sentence if it is near, else a
// little before, so the match is read in context.
std::size_t lead_in(std::string_view text, std::size_t first, std::size_t room) {
  const std::size_t reach = first > room / 2 ? first - room / 2 : 0;
  for (std::size_t pos = first;; --pos) {
    if (starts_word(text, pos) && starts_sentence(text, pos)) return pos;
    if (pos == reach) break;
  }
  std::size_t pos = first > room / 3 ? first - room / 3 : 0;
  while (pos < first && !starts_word(text, pos))
    ++pos;
  return pos;
}

// Moves an end position back so that no word is cut, keeping `keep` in.
std::size_t word_end_at_or_before(std::string_view text, std::size_t end, std::size_t keep) {
  while (end > keep && !is_space(text[end]))
    --end;
  while (end > keep && is_space(text[end - 1]))
    --end;
  return end;
}

// The stem in a free-text term (`Zoil`, `ZSoil` -> `oil`), or empty.
std::string_view stem_of(std::string_view term) {
  const std::optional<StemTerm> stem = decode_stem_term(term);
  return stem ? stem->stem : std::string_view();
}

} // namespace

std::vector<std::string> query_stems(const Xapian::Query& query) {
  std::vector<std::string> stems;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it; // the iterator gives a temporary: keep it while viewing it
    const std::string_view stem = stem_of(term);
    if (!stem.empty() && std::find(stems.begin(), stems.end(), stem) == stems.end())
      stems.emplace_back(stem);
  }
  return stems;
}

SnippetMaker::SnippetMaker(const Xapian::Query& query, const Xapian::MSet& mset) {
  // A term's weight is known once the MSet has statistics (not for an empty
  // MSet); every query word counts at least 1.
  auto weight_of = [&](const std::string& term) {
    try {
      return 1.0 + mset.get_termweight(term);
    } catch (const Xapian::Error&) {
      return 1.0;
    }
  };
  auto add = [&](std::string_view text, bool exact, double weight) {
    for (QueryWord& word : words_)
      if (word.text == text && word.exact == exact) {
        word.weight = std::max(word.weight, weight);
        return;
      }
    words_.push_back(QueryWord{std::string(text), exact, weight});
  };
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    if (const std::string_view stem = stem_of(term); !stem.empty())
      add(stem, false, weight_of(term));
  }
  // Exact forms (phrases, `--lang none`), unless the word is a query stem
  // (the group of `Zvisit` holds `visit` too).
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    const std::optional<WordTerm> word = decode_word_term(term);
    if (!word) continue;
    const bool a_stem = std::any_of(words_.begin(), words_.end(), [&](const QueryWord& w) {
      return !w.exact && w.text == word->word;
    });
    add(word->word, !a_stem, weight_of(term));
  }
  for (const QueryWord& word : words_) {
    first_bytes_[static_cast<unsigned char>(word.text[0])] = true;
    shortest_ = shortest_ == 0 ? word.text.size() : std::min(shortest_, word.text.size());
  }
}

std::size_t SnippetMaker::lookup(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    // Snowball's English stem of a word never differs in the first letter
    // and is never longer: most words need no stemming.
    const auto first =
        static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(word[0])));
    if (!first_bytes_[first] || word.size() < shortest_) return kNoWord;
    lower_.assign(word);
    for (char& c : lower_)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    // As the indexer saw it: normalised and folded (é -> e), then lowercased.
    lower_ = indexed_word(word);
    if (lower_.empty() || !first_bytes_[static_cast<unsigned char>(lower_[0])] ||
        lower_.size() < shortest_)
      return kNoWord;
  }
  if (auto it = known_.find(lower_); it != known_.end()) return it->second;
  std::optional<std::string> stem; // made when a query stem is compared
  std::size_t found = kNoWord;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].exact) {
      if (words_[i].text == lower_) found = i;
      continue;
    }
    if (!stem) stem = stemmer(language_)(lower_);
    if (words_[i].text == *stem) found = i;
  }
  known_.emplace(lower_, found);
  return found;
}

std::string SnippetMaker::make(std::string_view text, std::size_t length,
                               std::string_view language) {
  if (language != language_) {
    // The words known were stemmed in another language.
    language_ = language;
    known_.clear();
  }
  // The window: a run of matches spanning at most `length` bytes whose
  // distinct query words weigh the most; the earliest of equals.
  std::vector<Match> matches;
  std::vector<unsigned> in_window(words_.size(), 0);
  double all_words = 0, score = 0, best_score = 0;
  for (const QueryWord& word : words_)
    all_words += word.weight;
  std::size_t left = 0, best_first = 0, best_last = 0;
  bool found = false;
  // Words as the TermGenerator saw them, but on stored text that was never
  // folded: a typographic apostrophe between letters keeps a word together
  // (`Beijing’s`).
  WordSplitter splitter(text, WordRule::Apostrophes);
  for (WordSpan span; !words_.empty() && splitter.next(span);) {
    const std::size_t start = span.offset, word_end = span.offset + span.length;
    // Every query word is in the window and later text cannot join it.
    if (found && best_score >= all_words && start > matches[best_first].start + length) break;
    const std::size_t word = lookup(text.substr(start, span.length));
    if (word == kNoWord) continue;
    matches.push_back(Match{start, word_end, word});
    if (in_window[word]++ == 0) score += words_[word].weight;
    while (word_end - matches[left].start > length) {
      if (--in_window[matches[left].word] == 0) score -= words_[matches[left].word].weight;
      ++left;
    }
    if (!found || score > best_score) {
      found = true;
      best_score = score;
      best_first = left;
      best_last = matches.size() - 1;
    }
  }

  std::size_t start = 0, end = text.size();
  if (text.size() > length) {
    const std::size_t first = found ? matches[best_first].start : 0;
    const std::size_t last = found ? matches[best_last].end : 0;
    const std::size_t room = length > last - first ? length - (last - first) : 0;
    start = lead_in(text, first, room);
    if (start + length >= text.size()) {
      // Near the end of the text: use the room before instead.
      start = std::min(start, text.size() - length);
      while (start < first && !starts_word(text, start))
        ++start;
    } else {
      end = word_end_at_or_before(text, std::max(start + length, last), last);
    }
  }

  std::string out;
  out.reserve(end - start + 16);
  if (!starts_sentence(text, start)) out += kOmitted;
  std::size_t copied = start;
  for (const Match& m : matches) {
    if (m.start < start || m.end > end) continue;
    out.append(text.substr(copied, m.start - copied));
    out += kHighlightStart;
    out.append(text.substr(m.start, m.end - m.start));
    out += kHighlightEnd;
    copied = m.end;
  }
  out.append(text.substr(copied, end - copied));
  if (end < text.size() && end > 0 && !ends_sentence(text[end - 1])) {
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':'))
      out.pop_back();
    out += kOmitted;
  }
  return out;
}

std::string render_highlights(std::string_view snippet, std::string_view start,
                              std::string_view end) {
  std::string out;
  out.reserve(snippet.size());
  for (char c : snippet) {
    if (c == kHighlightStart)
      out += start;
    else if (c == kHighlightEnd)
      out += end;
    else
      out += c;
  }
  return out;
}

} // namespace news
