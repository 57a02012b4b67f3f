// Names in Latin letters, whatever their script, so that one query finds
// a person however the article spells them:
//
//   latin_transliteration("Владимир Путин")     -> "Vladimir Putin"
//   latin_transliteration("Дмитрий Медведев")   -> "Dmitry Medvedev"
//   latin_transliteration("Κυριάκος Μητσοτάκης") -> "Kyriakos Mitsotakis"
//
// ICU's transliterators: Cyrillic by BGN/PCGN (the romanisation English news
// agencies follow, with its final `-iy` written `-y` as they write it), Greek
// by UNGEGN, any other script by Any-Latin; then accents and the soft and
// hard signs' primes removed (Latin-ASCII).
#pragma once

#include <string>
#include <string_view>

namespace news {

/** The text in Latin letters; text without letters of another script is returned as it is. */
std::string latin_transliteration(std::string_view utf8);

/** The text through ICU's transliterator `id` (`Katakana-Latin; Latin-ASCII`); the text as it
 *  is when ICU does not know the id. */
std::string icu_transliteration(const std::string& id, std::string_view utf8);

} // namespace news
