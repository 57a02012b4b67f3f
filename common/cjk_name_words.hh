// The words around Chinese and Japanese names that cjk_entities reads,
// written for this project:
//
//   katakana common nouns that take an honorific as a name does
//     (スタッフさん, ファンの皆さん): not people;
//   titles and honorifics (大統領, 首相, 总统, 氏, さん): after a name, or before a
//     Chinese one; a Japanese country's abbreviation may come between (オバマ米大統領);
//   the one-character abbreviations of places (中 China, 非 Africa, 美 the
//     United States...): a two-character place name made of two of them
//     (中非, the Central African Republic) is read as a place only where no
//     Han character follows it, since 中非合作 is China-Africa cooperation;
//   Chinese surnames, for a Chinese name written next to a title without
//     an interpunct (国家主席习近平, 李强总理);
//   particles, common verbs and time words, where names end;
//   the last words of organisations' names (公司, 银行, 大学, 委员会, 株式会社, 党).
#pragma once

#include <span>
#include <string_view>

namespace news {

/** Whether a katakana word is a common noun (スタッフ, ファン, メンバー), not a name. */
bool is_katakana_common_noun(std::string_view word);

/** Whether one Han character is a place's one-character abbreviation (中, 美, 非). */
bool is_place_abbreviation(std::string_view character);

/** Whether one Han character is a country's abbreviation before a Japanese title (米, 独). */
bool is_japanese_country_abbreviation(std::string_view character);

/** Whether one Han character is a common Chinese surname (习, 李, 王). */
bool is_chinese_surname(std::string_view character);

/** Whether one Han character is a particle, common verb or time word (的, 在, 表): no name's. */
bool is_chinese_particle(std::string_view character);

/** Titles and honorifics beside a Chinese or Japanese name, longest first. */
std::span<const std::string_view> cjk_titles();
/** What follows a Japanese name in katakana, and never a common noun (監督, 社長 can). */
std::span<const std::string_view> katakana_honorifics();
/** What follows a Japanese name in kanji, and never ends a compound word (外務大臣). */
std::span<const std::string_view> kanji_honorifics();

/** The words an organisation's Chinese or Japanese name ends in, longest first. */
std::span<const std::string_view> cjk_organisation_suffixes();

} // namespace news
