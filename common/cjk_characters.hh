// The characters of Chinese and Japanese text as cjk_entities and
// cjk_organisations read them: code points with their byte spans, and
// which script each is.
#pragma once

#include <string_view>
#include <vector>

namespace news::cjk {

inline bool is_han(unsigned c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}
inline bool is_hiragana(unsigned c) { return c >= 0x3041 && c <= 0x309F; }
// Katakana letters and the prolonged sound mark, not the middle dot.
inline bool is_katakana(unsigned c) {
  return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || (c >= 0x31F0 && c <= 0x31FF) ||
         (c >= 0xFF66 && c <= 0xFF9F);
}
inline bool is_hangul(unsigned c) { return c >= 0xAC00 && c <= 0xD7AF; }
inline bool is_cjk(unsigned c) {
  return is_han(c) || is_hiragana(c) || is_katakana(c) || is_hangul(c);
}
inline bool is_interpunct(unsigned c) {
  return c == 0x00B7 || c == 0x30FB || c == 0xFF65 || c == 0x2022;
}

struct Char {
  unsigned code;
  std::size_t offset;
  std::size_t size;
};

/** The characters of UTF-8 text. */
std::vector<Char> characters(std::string_view text);

/** The text of chars[begin, end). */
inline std::string_view span_of(std::string_view text, const std::vector<Char>& chars,
                                std::size_t begin, std::size_t end) {
  return text.substr(chars[begin].offset,
                     chars[end - 1].offset + chars[end - 1].size - chars[begin].offset);
}

} // namespace news::cjk
