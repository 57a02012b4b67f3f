#include "common/text_normalize.hh"

#include <array>
#include <cstdint>

#include "common/utf8.hh"

namespace news {
namespace {

// Base letter for each code point from U+00C0 to U+024F; '.' means "leave as
// is", '*' means "two letters, see kLigatures". Derived from Unicode's
// canonical decompositions plus the letters with strokes that have none (ø, ł, đ).
constexpr std::string_view kFoldTable =
    "AAAAAA*CEEEEIIIIDNOOOOO.OUUUUY**aaaaaa*ceeeeiiiidnooooo.ouuuuy*y" // U+00C0
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi**JjKkkLlLlLlL" // U+0100
    "lLlNnNnNnnNnOoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs" // U+0140
    "................................Oo.............Uu..............." // U+0180
    ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...." // U+01C0
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............" // U+0200
    "................";                                                // U+0240
constexpr char32_t kFoldFirst = 0xC0;

struct Ligature {
  char32_t code_point;
  std::string_view letters;
};
constexpr std::array<Ligature, 9> kLigatures = {{{0xC6, "AE"},
                                                 {0xDE, "TH"},
                                                 {0xDF, "ss"},
                                                 {0xE6, "ae"},
                                                 {0xFE, "th"},
                                                 {0x132, "IJ"},
                                                 {0x133, "ij"},
                                                 {0x152, "OE"},
                                                 {0x153, "oe"}}};

// The folded form of one non-ASCII code point, or empty to keep it.
std::string_view fold_code_point(char32_t cp, bool letters) {
  switch (cp) {
  case 0x00A0: // no-break space
  case 0x202F: // narrow no-break space
    return " ";
  case 0x2018: // ‘
  case 0x2019: // ’
  case 0x02BC: // modifier letter apostrophe
    return "'";
  case 0x201C: // “
  case 0x201D: // ”
  case 0x201E: // „
    return "\"";
  default:
    break;
  }
  // Russian writes ё as е as often as not: both are е.
  if (letters && cp == 0x0451) return "\xD0\xB5";
  if (letters && cp == 0x0401) return "\xD0\x95";
  if (!letters || cp < kFoldFirst || cp >= kFoldFirst + kFoldTable.size()) return {};
  size_t index = cp - kFoldFirst;
  char base = kFoldTable[index];
  if (base == '.') return {};
  if (base == '*') {
    for (const Ligature& l : kLigatures)
      if (l.code_point == cp) return l.letters;
    return {};
  }
  return kFoldTable.substr(index, 1);
}

std::string fold(std::string_view utf8, bool letters) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      out += utf8[i++];
      continue;
    }
    const Utf8Character c = utf8_character_at(utf8, i);
    std::string_view folded = fold_code_point(c.code, letters);
    if (folded.empty())
      out.append(utf8.substr(i, c.size));
    else
      out.append(folded);
    i += c.size;
  }
  return out;
}

} // namespace

std::string fold_for_search(std::string_view utf8) { return fold(utf8, true); }

std::string fold_punctuation(std::string_view utf8) { return fold(utf8, false); }

std::string windows1252_to_utf8(std::string_view bytes) {
  // Code points of bytes 0x80..0x9F in Windows-1252; 0 where the byte is
  // undefined there (kept as the C1 control of the same number).
  static constexpr std::array<char16_t, 32> kHighControls = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    char32_t cp = byte;
    if (byte >= 0x80 && byte < 0xA0 && kHighControls[byte - 0x80] != 0)
      cp = kHighControls[byte - 0x80];
    append_utf8(out, cp);
  }
  return out;
}

} // namespace news
