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
 * `ß` -> `ss`, `Œ` -> `OE`), Cyrillic `ё` to `е`, typographic quotes to ASCII quotes (so a phrase
 * pasted as “…” is still a phrase) and no-break spaces to spaces. Other text
 * is copied unchanged. Input must be valid UTF-8.
 */
std::string fold_for_search(std::string_view utf8);

/** Only the typographic quotes and no-break spaces of fold_for_search; letters are kept. */
std::string fold_punctuation(std::string_view utf8);

/** Decodes Windows-1252 (a superset of Latin-1 in practice) into UTF-8. */
std::string windows1252_to_utf8(std::string_view bytes);

} // namespace news
