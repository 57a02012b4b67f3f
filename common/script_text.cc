#include "common/script_text.hh"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace news {
namespace {

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Calls use(code point) for each character of valid UTF-8 (invalid bytes are skipped);
// stops when use returns false.
template <typename Use> void for_each_code_point(std::string_view text, Use use) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && !use(c)) return;
  }
}

} // namespace

WordCase word_case(std::string_view utf8) {
  WordCase result;
  bool first = true, any_letter = false, any_lower = false;
  for_each_code_point(utf8, [&](UChar32 c) {
    if (!u_isalpha(c)) return true;
    if (first) result.capitalised = u_isupper(c) || u_istitle(c);
    first = false;
    any_letter = true;
    any_lower = any_lower || u_islower(c);
    return true;
  });
  result.all_caps = any_letter && !any_lower;
  return result;
}

std::string unicode_lower(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

bool has_non_latin_letters(std::string_view utf8) {
  if (is_ascii(utf8)) return false;
  bool found = false;
  for_each_code_point(utf8, [&](UChar32 c) {
    if (!u_isalpha(c)) return true;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    found = U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
            script != USCRIPT_INHERITED;
    return !found;
  });
  return found;
}

bool is_cyrillic_word(std::string_view utf8) {
  bool any = false, other = false;
  for_each_code_point(utf8, [&](UChar32 c) {
    if (!u_isalpha(c)) return true;
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) == USCRIPT_CYRILLIC)
      any = true;
    else
      other = true;
    return !other;
  });
  return any && !other;
}

} // namespace news
