// Chinese and Japanese names of people linked to their Latin names through
// how they are read:
//
//   katakana: ICU's Katakana-Latin reading compared with known Latin names by
//     a sound key that forgets what Japanese adds or merges (vowels after
//     consonants, l/r, v/b, ti/chi, m/n before p): プーチン `puchin` and
//     `Putin` have one key, so a katakana name takes a known person's name;
//     the known names are the article's Latin people and the user's aliases
//     (entity_aliases.hh); with no match the name stays as it is.
//   Chinese: a Chinese person's name (a common surname and one or two
//     characters) in pinyin without tones, surname first: 习近平 ->
//     `Xi Jinping`. Only for Chinese text: Japanese kanji are not read in pinyin.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news {

/** The sound key of a Latin name or reading (`Putin`, `puchin` -> `ptn`); empty: no letters. */
std::string japanese_sound_key(std::string_view latin);

/** The known Latin name a katakana name is read as (`ウラジーミル・プーチン`, `プーチン` ->
 *  `Vladimir Putin`), or nullopt. A single word matches a known name's surname; a name of
 *  parts matches a known name of as many words. Two matches that differ: nullopt. */
std::optional<std::string> latin_match_of_katakana(std::string_view katakana,
                                                   const std::vector<std::string>& known);

/** A Chinese name in pinyin without tones, surname first (`习近平` -> `Xi Jinping`). */
std::string pinyin_name(std::string_view han);

} // namespace news
