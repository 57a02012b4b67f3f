#include "common/text_normalize.hh"

#include <array>
#include <cstdint>

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

// Decodes the code point starting at bytes[i] (valid UTF-8 assumed) and
// returns its length in bytes.
size_t decode(std::string_view bytes, size_t i, char32_t& cp) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
  unsigned char lead = b(0);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (i + len > bytes.size()) {
    cp = lead;
    return 1;
  }
  cp = lead & (0x7F >> len);
  for (size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (b(k) & 0x3F);
  return len;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

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
    char32_t cp = 0;
    size_t len = decode(utf8, i, cp);
    std::string_view folded = fold_code_point(cp, letters);
    if (folded.empty())
      out.append(utf8.substr(i, len));
    else
      out.append(folded);
    i += len;
  }
  return out;
}

} // namespace

std::string fold_for_search(std::string_view utf8) { return fold(utf8, true); }

std::string fold_punctuation(std::string_view utf8) { return fold(utf8, false); }

bool is_valid_utf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t min = 0;
    if ((lead & 0xE0) == 0xC0) {
      len = 2;
      min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      len = 4;
      min = 0x10000;
    } else {
      return false;
    }
    if (i + len > bytes.size()) return false;
    char32_t cp = lead & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      auto cont = static_cast<unsigned char>(bytes[i + k]);
      if ((cont & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cont & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

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
