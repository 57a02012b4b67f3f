// Stopwords per language: common function words, dropped from ordinary
// queries (they match nearly every article and only slow the search down)
// and kept in phrases. Written in their folded form (fold_for_search: no
// accents, `ß` as `ss`, `ё` as `е`), as the query parser sees the words.
//
// Where they come from: short lists of the most frequent function words of
// each language, picked from the Snowball project's stopword lists
// (snowballstem.org, BSD licence) and shortened by hand; English is the list
// this project always had. Languages without a list have no stopwords.
//
// English keeps its stopwords, on the query side only, by measure
// (bench/eval_stopwords.py: 20 topic queries on Reuters-21578 as a reader
// types them): dropped, precision of the first 10 hits 0.835 and of the
// first 100 0.438; kept as terms, 0.820 and 0.385. They stay in the index,
// where phrases (`"bank of england"`) need them.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace news {

/** Whether `word` (lowercase, folded) is a stopword of the language (ISO 639-1). */
bool is_language_stopword(std::string_view language, std::string_view word);

/** Looks words up in one language's sorted list (Xapian::SimpleStopper
 *  would copy it into a std::set first, 90k instructions a process). */
class LanguageStopper : public Xapian::Stopper {
public:
  explicit LanguageStopper(std::string_view language) : language_(language) {}
  bool operator()(const std::string& word) const override {
    return is_language_stopword(language_, word);
  }
  std::string get_description() const override { return "LanguageStopper()"; }

private:
  std::string language_;
};

} // namespace news
