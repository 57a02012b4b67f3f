// People and places in Chinese and Japanese text, found without a
// statistical model: Chinese and Japanese write no spaces and no capitals,
// so the extractor's capitalised words find nothing there.
//
//   places: the names iso-codes translates (countries, iso_3166-1; the
//     subdivisions and cities of iso_3166-2 whose English name the gazetteer
//     knows: 東京 -> Tokyo, 柏林 -> Berlin), matched longest first, under the
//     canonical English name (德国, ドイツ, 德國 -> Germany); a katakana name
//     only as a whole katakana word (タイ is not in タイム);
//   people: a name of parts joined by an interpunct, as foreign names are
//     written (弗拉基米尔·普京, ウラジーミル・プーチン), each Chinese part cut at
//     a title or a particle; a katakana word before a title or honorific
//     (プーチン大統領, スミスさん); two to four kanji between a non-kanji and
//     氏, さん, 首相... (岸田首相, 安倍晋三氏).
//
// Names stay in their script (the entity key, entity.hh, transliterates
// them for the terms), but for those read as a known Latin name (katakana)
// or in pinyin (a Chinese name by a title): name_readings.hh. Organisations are left to the extractor.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/article.hh"
#include "common/entity.hh"

namespace news {

/** Whether the text has a Han, kana or Hangul character. */
bool has_cjk(std::string_view utf8);

/** The canonical name of a Chinese or Japanese place name (`東京` -> `Tokyo`), or nullopt. */
std::optional<std::string> cjk_place(std::string_view name);

/** Adds the people and places of the article's Chinese and Japanese text to `entities`. */
void add_cjk_entities(const Article& article, Entities& entities);

} // namespace news
