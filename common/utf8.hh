// UTF-8, once: what well-formed UTF-8 is, where a character starts, and a
// character as Xapian reads it.
//
// Two readings, on purpose. Text we check or escape (is_valid_utf8,
// utf8_sequence_length) must be well-formed by Unicode's definition (no
// overlongs, no surrogates, nothing past U+10FFFF). Text we split into words
// must be read as Xapian's TermGenerator and QueryParser read it
// (utf8_character_at), or the words would not meet their terms: Xapian takes
// a byte that starts no valid sequence as one Latin-1 character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace news {

/** Whether `byte` continues a character (10xxxxxx) rather than starting one. */
constexpr bool is_utf8_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/**
 * The start of the character that holds `text[at]`: `at` moved back over
 * continuation bytes, never before 0. Cutting `text` there never splits a
 * character.
 */
constexpr std::size_t utf8_character_start(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && is_utf8_continuation(text[at]))
    --at;
  return at;
}

/**
 * The length of the well-formed UTF-8 sequence that starts at `bytes[at]`:
 * 1 for ASCII, 2 to 4 for other characters, 0 when the bytes there are no
 * such sequence.
 */
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t at);

/** True when the bytes are well-formed UTF-8 (no overlongs, no surrogates). */
bool is_valid_utf8(std::string_view bytes);

/** One character of text and the bytes it takes. */
struct Utf8Character {
  unsigned code = 0;
  std::size_t size = 0;
};

/**
 * The character at `text[at]` (before the end) as Xapian reads it: ASCII
 * without decoding, as most news text is; a byte that starts no valid
 * sequence is one character, its Latin-1 value.
 */
Utf8Character utf8_character_at(std::string_view text, std::size_t at);

/** Appends `code` to `out` in UTF-8 (Xapian's encoder). */
void append_utf8(std::string& out, unsigned code);

} // namespace news
