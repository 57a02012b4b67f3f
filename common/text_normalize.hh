// Text normalisation shared by indexing and querying.
//
// Xapian lowercases and stems, but does not fold accents: without this step
// `Zelenskyy` would not find `Zelenskýy`, nor `cafe` find `café`. The same
// folding runs on article text before the TermGenerator and on the query
// string before the QueryParser, so both sides meet.
#pragma once

#include <string>
#include <string_view>

namespace news {

/**
 * Folds Latin letters with diacritics to their base letters (`é` -> `e`,
 * `ß` -> `ss`, `Œ` -> `OE`), Cyrillic `ё` to `е`, Greek vowels with tonos or dialytika to
 * their base vowels (`ό` -> `ο`, `ϊ` -> `ι`, as the Greek stemmer expects), typographic quotes to
 * ASCII quotes (so a phrase pasted as “…” is still a phrase) and no-break spaces to spaces. Other
 * text is copied unchanged. Input must be valid UTF-8.
 */
std::string fold_for_search(std::string_view utf8);

/**
 * Text as the tokenizer indexes and searches it (prepare_text): each run of
 * text between ASCII spaces and punctuation that holds any non-ASCII
 * character goes through ICU's NFKC with full case folding (`Straße` and
 * `STRASSE`, `ﬁ` and `fi`, full-width `Ｘ` and `x`, Greek final `ς` and
 * `σ`, Arabic presentation forms and their letters; default-ignorable
 * characters such as soft hyphens and direction marks dropped), then
 * fold_for_search. Runs of ASCII only are kept as they are: the query
 * parser reads `AND`, `OR` and `NOT` by their capitals, and Xapian
 * lowercases ASCII itself. Input must be valid UTF-8.
 */
std::string normalize_for_search(std::string_view utf8);

/**
 * normalize_for_search without folding diacritics: NFKC, full case folding
 * of non-ASCII runs, typographic quotes. `Séisme` and `SÉISME` are `séisme`:
 * the words of the spelling data, shown in suggestions as written.
 */
std::string normalize_keeping_accents(std::string_view utf8);

/** Only the typographic quotes and no-break spaces of fold_for_search; letters are kept. */
std::string fold_punctuation(std::string_view utf8);

/** Decodes Windows-1252 (a superset of Latin-1 in practice) into UTF-8. */
std::string windows1252_to_utf8(std::string_view bytes);

} // namespace news
