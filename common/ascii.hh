// Small ASCII string helpers used across the project (case and white space
// of ASCII only: names, keys, options; UTF-8 bytes pass through unchanged).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace news {

/** Without leading and trailing white space. */
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

/** Equal ignoring ASCII case. */
inline bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

/** An ASCII capital letter. */
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

/** An ASCII lowercase letter. */
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

/** An ASCII letter or digit (std::isalnum in the "C" locale, inline). */
constexpr bool is_ascii_alnum(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c) || (c >= '0' && c <= '9');
}

/** ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return
 *  (std::isspace in the "C" locale, inline). */
constexpr bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/** The word with its first letter an ASCII capital, when it is an ASCII lowercase letter. */
inline std::string ascii_capitalised(std::string word) {
  if (!word.empty() && is_ascii_lower(word[0])) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

/** Whether every byte is ASCII. */
inline bool all_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/** Whether a word is a Roman numeral of I, V and X (`XVIII`, `siglo XIV`): no acronym. */
inline bool is_roman_numeral(std::string_view word) {
  return !word.empty() && word.find_first_not_of("IVX") == std::string_view::npos;
}

/** Whether some letter is an ASCII lowercase one. */
inline bool has_ascii_lower(std::string_view text) {
  return std::any_of(text.begin(), text.end(), is_ascii_lower);
}

/** Whether some letter is an ASCII capital. */
inline bool has_ascii_upper(std::string_view text) {
  return std::any_of(text.begin(), text.end(), is_ascii_upper);
}

/** The ASCII capital of a lowercase letter; any other byte as it is. */
constexpr char ascii_upper_of(char c) {
  return is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

/** The ASCII lowercase of a capital; any other byte as it is. */
constexpr char ascii_lower_of(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/** ASCII letters lowercased (as std::tolower in the "C" locale the programs run in, inline). */
inline std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = ascii_lower_of(c);
  return out;
}

} // namespace news
