#include "common/utf8.hh"

#include <xapian.h>

namespace news {

std::size_t utf8_sequence_length(std::string_view bytes, std::size_t at) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[at + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  // Unicode's table of well-formed sequences: the lead byte gives the
  // length and the range of the second byte (which rules out overlongs,
  // surrogates and code points past U+10FFFF); later bytes are 80..BF.
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > bytes.size()) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (!is_utf8_continuation(bytes[at + k])) return 0;
  return length;
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t at = 0; at < bytes.size();) {
    const std::size_t length = utf8_sequence_length(bytes, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

Utf8Character utf8_character_at(std::string_view text, std::size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return {byte, 1};
  const Xapian::Utf8Iterator it(text.data() + at, text.size() - at);
  Xapian::Utf8Iterator next = it;
  ++next; // at the end of the text, raw() is the end
  return {*it, static_cast<std::size_t>(next.raw() - it.raw())};
}

void append_utf8(std::string& out, unsigned code) { Xapian::Unicode::append_utf8(out, code); }

} // namespace news
