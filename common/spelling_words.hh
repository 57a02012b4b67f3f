// The words behind the searcher's "did you mean": each word of an article's
// free text, with how often it occurs.
//
// Xapian's TermGenerator can record them itself (FLAG_SPELLING), with one
// database call per word occurrence; that took 30% of indexing time on the
// Reuters corpus. Counting here and adding each distinct word once per commit
// gives the database the same words and frequencies for a fraction of it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include <xapian.h>

namespace news {

class SpellingWords {
public:
  /**
   * Counts the words of text prepared by spelling_text() (tokenizer.hh:
   * normalised and case folded, accents kept, so that suggestions are
   * shown as words are written): runs of word characters, lowercased, with
   * an inner `'` or `&` kept (`don't`, `at&t`), as the TermGenerator splits them.
   */
  void count(std::string_view text);

  /** Adds the counts to the database's spelling data and forgets them. */
  void add_to(Xapian::WritableDatabase& db);

  std::size_t distinct_words() const { return counts_.size(); }
  Xapian::termcount frequency(const std::string& word) const;

private:
  std::unordered_map<std::string, Xapian::termcount> counts_;
};

} // namespace news
