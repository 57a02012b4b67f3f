// One name for a person or organisation whatever the script and case an
// article writes it in: names in Cyrillic, Greek or other non-Latin
// scripts are put in Latin letters (transliteration.hh), and Russian and
// Ukrainian names in their nominative first (cyrillic_inflection.hh):
//
//   Владимир Путин, Владимира Путина, Путину -> Vladimir Putin (its mentions:
//   the Cyrillic forms), so that person:putin finds the article and its
//   facets count it with the English articles' Vladimir Putin.
//
// Run on an article's entities after extraction; Latin names are left as
// they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/entity.hh"

namespace news {

class Gazetteer;

/** Puts the article's non-Latin people and organisations under their Latin names. */
void latinise_entities(Entities& entities, const Gazetteer& gazetteer);

/** The nominative of a Cyrillic name whose words are in one (other) case: `Владимира Путина` ->
 *  `Владимир Путин`, `Путиным` -> `Путин`, `Зеленского` -> `Зеленский`; `Анна Иванова` stays.
 *  Given names the gazetteer knows (in Latin letters) tell a man's genitive from a woman's name. */
std::string cyrillic_nominative(std::string_view name, const Gazetteer& gazetteer);

/** The Latin name a person's or organisation's name is indexed under (latinise_entities):
 *  `Владимира Путина` -> `Vladimir Putin`; a Latin name stays as it is. */
std::string latin_name(std::string_view name, const Gazetteer& gazetteer);

/**
 * The names a query's person or organisation (`person:путина`) may stand for, each as the
 * indexer spells it (latin_name): the value itself, and for Cyrillic in an oblique case the
 * nominative too (`путина` -> `putina`, `putin`; `"владимира путина"` -> `vladimir putin`),
 * since a lone word's case cannot be told from a woman's name.
 */
std::vector<std::string> query_name_forms(std::string_view value, const Gazetteer& gazetteer);

} // namespace news
