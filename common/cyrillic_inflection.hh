// The case endings of Russian and Ukrainian names, for finding a name in
// whatever case an article puts it:
//
//   place_case_forms("Германия")             -> Германии, Германию, Германией
//   place_case_forms("Китай")                -> Китая, Китаю, Китае, Китаем
//   place_case_forms("Российская Федерация") -> Российской Федерации, Российскую Федерацию...
//   place_case_forms("Соединённые Штаты")    -> Соединённых Штатов, Соединённых Штатах...
//   name_stem("Путина") == name_stem("Путину") == name_stem("Путин") == "Путин"
//
// Only the regular endings of nouns, adjectives and surnames; indeclinable
// names (`Перу`, `Шойгу`) are left alone.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace news {

/** The oblique case forms of a Cyrillic place name (not the name itself): of one word, or of
 *  a name whose adjectives agree with its noun (`Южная Корея` -> `Южной Кореи`), the words
 *  after the noun as they are (`Соединённые Штаты Америки` -> `Соединённых Штатов Америки`). */
std::vector<std::string> place_case_forms(std::string_view nominative);

/** An adjective's endings in every case, gender and number, longest first (`ого`, `ой`). */
std::span<const std::string_view> adjective_endings();

/** Whether a Cyrillic word ends as an adjective may in some case (`Северной`, `Южном`). */
bool is_adjective_form(std::string_view word);

/** Whether a Cyrillic word ends as only an adjective does, never a given name, in some case:
 *  `Красную`, `Западной`, `Великого`; not `Андрей`, `Дмитрий`, `Максим`, `Генрих`. */
bool is_adjective_case_form(std::string_view word);

/** A Cyrillic name word without its case ending (at least three letters kept). */
std::string name_stem(std::string_view word);

/** The ending `word` has after `name_stem(word)` (`Путина` -> `а`, `Путин` -> ``). */
std::string_view name_ending(std::string_view word);

/** Whether two Cyrillic words may be in the same case, as the words of one name are:
 *  not `Визит Путина` (a nominative, then a genitive), but `Сергей Лавров`, `Анна Иванова`. */
bool may_share_case(std::string_view first, std::string_view second);

} // namespace news
