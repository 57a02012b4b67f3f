// Languages that write every noun with a capital letter (German,
// Luxembourgish): there a capitalised word is no sign of a name, and the
// rules (common/rule_classifier) ask for more before they make one: a name
// the gazetteer knows, a title or a noun of office before it (`Firmenchef
// Gerd Krick`), a given name, initial or known surname in it, a speech verb
// after it, or, after a preposition, a word that is no common noun by its
// ending or a set phrase (`in Dresden`, but not `in Ordnung`, `in Kauf`). So `Vielen Dank`, `Gute
// Preise` and `Am Samstag` are no people, and `in Erinnerung` names no place.
#pragma once

#include <string_view>

namespace news {

/** Whether `language` (ISO 639-1) capitalises every noun. */
bool capitalises_nouns(std::string_view language);

/** A given name common in German-speaking countries (`Willi`, `Heike`, `Jürgen`). */
bool is_given_name_in_noun_language(std::string_view word);

/** A German noun of office or function, alone or ending a compound: `Firmenchef`,
 *  `Bundeswehr-Generalinspekteur`, `Pressesprecherin`, `Trainer`. */
bool is_office_noun(std::string_view word);

/** Whether a capitalised German word after a preposition may be a place: it
 *  ends as town names do, or is no set phrase's noun (`in Kauf`, `im Mai`), has
 *  no ending of an abstract noun (`in Ordnung`, `in Bedrängnis`) and is not a
 *  long compound (`Menschenrechtsfragen`). `in Dresden` and `nach Afrika` are. */
bool may_be_place_after_preposition(std::string_view word);

/** Whether a capitalised German word ends as town names do: `Helmstedt`, `Rosenheim`,
 *  `Cuxhaven`, `Göttingen` (not `-ungen`: `Wohnungen`). */
bool has_place_name_ending(std::string_view word);

} // namespace news
