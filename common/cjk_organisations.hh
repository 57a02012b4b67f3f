// Organisations in Chinese and Japanese text, found by the words their names
// end in (cjk_name_words: 公司, 银行, 大学, 委员会, 株式会社, 党): the run of
// Han and katakana before the word, from the last particle, hiragana,
// punctuation or determiner (该, 这) before it, is the name:
//
//   据中国人民银行称 -> 中国人民银行;  トヨタ自動車株式会社は -> トヨタ自動車株式会社;
//   自民党の -> 自民党;  北京大学生 is a student, no organisation.
#pragma once

#include <string_view>

#include "common/entity.hh"

namespace news {

/** Adds the organisations of Chinese or Japanese `text` to `entities`. */
void add_cjk_organisations(std::string_view text, Entities& entities);

} // namespace news
