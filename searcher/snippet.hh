// A short extract of an article around the words that matched, with the
// matches marked so that each output format can show them its own way.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace news {

/** Marks around a matched word inside a snippet (never found in text). */
inline constexpr char kHighlightStart = '\x01';
inline constexpr char kHighlightEnd = '\x02';

/** The stems of a query's free-text words (`Zoil`, `ZSoil` -> `oil`), once each. */
std::vector<std::string> query_stems(const Xapian::Query& query);

/**
 * Makes the snippets of one search's hits. A word of the text matches when
 * its stem is the stem of one of the query's free-text words (of any field:
 * `title:oil` marks "oil" in the body too), so `visits` matches `visit`; a
 * word of a phrase or of `--lang none` when it is spelt as the query's.
 *
 * MSet::snippet stems every word it is given, at a cost greater than the
 * search's own; here only the words that could have a query stem (same
 * first letter, long enough) are stemmed, each distinct word once per search.
 */
class SnippetMaker {
public:
  /** `mset` gives the weight of each query term: windows with rarer words win. */
  SnippetMaker(const Xapian::Query& query, const Xapian::MSet& mset);

  /**
   * The part of `text` (at most about `length` bytes) with the most query
   * words, as plain text with matched words between kHighlightStart and
   * kHighlightEnd, and "…" where text was left out before or after (not
   * where the extract starts or ends a sentence). A text that fits is
   * returned whole; one without matches gives its beginning. Words are
   * stemmed in `language`, the article's (tokenizer.hh's stemmer).
   */
  std::string make(std::string_view text, std::size_t length, std::string_view language = {});

private:
  struct Match {
    std::size_t start, end; // bytes of the word in the text
    std::size_t word;       // index into words_
  };
  // Index into words_ of the query word that `word` (as in the text) stems
  // to, or kNoWord.
  std::size_t lookup(std::string_view word);

  static constexpr std::size_t kNoWord = static_cast<std::size_t>(-1);
  struct QueryWord {
    std::string text; // a stem, or an exact form (phrases, `--lang none`)
    bool exact;
    double weight;
  };
  std::vector<QueryWord> words_;
  std::array<bool, 256> first_bytes_{};                // first bytes of the query words
  std::size_t shortest_ = 0;                           // bytes of the shortest
  std::unordered_map<std::string, std::size_t> known_; // lowercase word -> lookup()
  std::string lower_;                                  // buffer for lookup()
  std::string language_;                               // of the text: known_ is of it
};

/** The snippet with its marks replaced by `start` and `end` (e.g. ANSI bold). */
std::string render_highlights(std::string_view snippet, std::string_view start,
                              std::string_view end);

} // namespace news
