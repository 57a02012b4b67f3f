// How the rule extractor (common/entity_extractor) classifies a run of
// capitalised words (common/rule_spans), in order: titles before it
// (person), the gazetteer (places, organisations), organisation words in it
// (`Corp`, `Ministry`...), acronyms, a place preposition before it (`in`,
// `at`...), a speech verb after it (`said`), a known given name, then the
// shape of the name; a run of several names is split (`Russia and China`,
// `Boxing Association President Ramon Manzanares`; in other languages also
// `Francia y España`, `Pedro I de Rusia`, `Estados Unidos Franklin Roosevelt`). See
// docs/entities.md.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/entity.hh"
#include "common/gazetteer.hh"
#include "common/name_tokens.hh"

namespace news {

class RuleClassifier {
public:
  /** Names go into `found`; in a sports report (sports_report.hh) places are teams. In an
   *  article of a `language` other than English (whose names are the rules', as the tagger
   *  reads only English), that language's words count too: `En Italia`, `Francia y España`,
   *  `Carlos III de España`. */
  RuleClassifier(const Gazetteer& gazetteer, bool sports_report, Entities& found,
                 std::string_view language = {})
      : g_(gazetteer), sports_(sports_report), found_(found),
        language_(language == "en" ? std::string_view() : language) {}

  /** The names among a piece of text's tokens (a long text is read a piece at a time). */
  void read(std::vector<NameToken> tokens);

private:
  class Piece; // the classification of one piece's tokens
  const Gazetteer& g_;
  bool sports_;
  Entities& found_;
  std::string_view language_;                // empty: English or not known
  std::unordered_set<std::string> surnames_; // last words of the people in found_
};

} // namespace news
