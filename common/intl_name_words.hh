// The words around names in the languages beyond English that entity
// extraction reads (de, fr, es, it, pt, nl, ru, uk, el), written for this
// project, one table a concept (intl_titles.cc, intl_determiners.cc,
// intl_sentence_openers.cc, intl_speech_verbs.cc, intl_place_senses.cc,
// intl_connectors.cc):
//
//   titles        Bundeskanzler, le président, el presidente, Frau, M., президент
//   determiners   Der, Die, Le, La, El, Los: a sentence's first word, not a name's
//   openers       Doch, En, Como, В: a sentence's first word in the article's language,
//                 not a name's (`Como` is a city in Italian)
//   noun articles der, die, le, el: a capitalised word after one is a noun (German
//                 `der Autokonzern Volkswagen`), not part of the name after it
//   connectors    de, du, di (of), la, l' after it; Nord, Sud: a name's end after it
//                 (`Irlande du Nord`), not a place
//   place senses  América: in Spanish the continent, not the United States
//   speech verbs  sagte, a déclaré, dijo, заявил: a name before one is a person
#pragma once

#include <span>
#include <string_view>

#include "common/country_short_names.hh"

namespace news::lists {

/** A word of a language (ISO 639-1). */
struct LocalWord {
  std::string_view language;
  std::string_view word;
};

/** Titles and honorifics before a person's name, lowercase, one or two words. */
std::span<const LocalWord> intl_person_titles();
/** Articles and determiners that open a sentence, as written there (capitalised). */
std::span<const LocalWord> sentence_determiners();
/** Prepositions, conjunctions, adverbs and pronouns that open a sentence, as written there. */
std::span<const LocalWord> sentence_openers();
/** Lowercase articles after which a capitalised word is a common noun (German). */
std::span<const LocalWord> noun_articles();
/** Another language's `of` between a name and a place (`de`, `du`, `di`, `da`). */
bool is_other_of(std::string_view word);
/** An article after that `of` (`la`, `el`, `l'`). */
bool is_article_after_of(std::string_view word);
/** A compass point, the end of a name after `of` (`Nord`, `Sur`, `Ost`). */
bool is_compass_point(std::string_view word);

/** Names of places a language gives another canonical place than English does. */
std::span<const LocalAlias> local_place_senses();
/** Verbs of saying after a person's name, lowercase. */
std::span<const LocalWord> intl_speech_verbs();

} // namespace news::lists
