// Letters beyond ASCII, for names in every script: the case of a word
// (Cyrillic and Greek names are capitalised as Latin ones are), lowercase,
// and whether a text holds letters of a script other than Latin. ICU's
// character properties; ASCII text takes a fast path and is never changed.
#pragma once

#include <string>
#include <string_view>

namespace news {

/** The case of a word's letters, in any script. */
struct WordCase {
  bool capitalised = false; /**< the first letter is a capital (`Путин`, `Αθήνα`) */
  bool all_caps = false;    /**< it has letters and none is lowercase (`США`) */
};

/** The case of a word of UTF-8 text. */
WordCase word_case(std::string_view utf8);

/** Lowercase in every script (`ГЕРМАНИЯ` -> `германия`), by ICU's full case mapping. */
std::string unicode_lower(std::string_view utf8);

/** Whether the text has a letter outside the Latin script (Cyrillic, Greek, Han...). */
bool has_non_latin_letters(std::string_view utf8);

/** Whether the word's letters are Cyrillic (the languages whose inflections cyrillic_inflection
 * knows). */
bool is_cyrillic_word(std::string_view utf8);

} // namespace news
