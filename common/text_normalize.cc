#include "common/text_normalize.hh"

#include <array>
#include <cstdint>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "common/error.hh"
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

// Greek vowels with tonos or dialytika and their base vowels, as Snowball's
// Greek stemmer folds them (`τόνος` is `τονος`); final sigma is ICU's case folding.
struct GreekVowel {
  char32_t code_point;
  std::string_view base;
};
constexpr std::array<GreekVowel, 20> kGreekVowels = {{
    {0x0386, "\u0391"}, {0x0388, "\u0395"}, {0x0389, "\u0397"}, {0x038A, "\u0399"},
    {0x038C, "\u039F"}, {0x038E, "\u03A5"}, {0x038F, "\u03A9"}, {0x0390, "\u03B9"},
    {0x03AA, "\u0399"}, {0x03AB, "\u03A5"}, {0x03AC, "\u03B1"}, {0x03AD, "\u03B5"},
    {0x03AE, "\u03B7"}, {0x03AF, "\u03B9"}, {0x03B0, "\u03C5"}, {0x03CA, "\u03B9"},
    {0x03CB, "\u03C5"}, {0x03CC, "\u03BF"}, {0x03CD, "\u03C5"}, {0x03CE, "\u03C9"},
}};
constexpr char32_t kGreekFirst = 0x0386, kGreekLast = 0x03CE;

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
  if (letters && cp >= kGreekFirst && cp <= kGreekLast)
    for (const GreekVowel& vowel : kGreekVowels)
      if (vowel.code_point == cp) return vowel.base;
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
    if (static_cast<unsigned char>(utf8[i]) < 0x80) { // ASCII stays: the run in one append
      size_t end = i + 1;
      while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) < 0x80)
        ++end;
      out.append(utf8.substr(i, end - i));
      i = end;
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

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Where runs of text end for normalize_for_search: ASCII other than letters and digits.
bool ends_run(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 && !((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
}

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* const normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || instance == nullptr)
      throw Error(ErrorKind::Failure,
                  std::string("ICU has no NFKC case folding: ") + u_errorName(status));
    return instance;
  }();
  return *normalizer;
}

// One run with a non-ASCII character, NFKC and case folded. Folding
// accents: its precomposed Latin letters folded first (the table takes `İ`
// to `I`, where case folding would leave `i` and a combining dot), then ICU,
// then the table again for the letters composition made (`e` and a
// combining acute). Keeping them: quotes folded, then ICU, and the dot that
// case folding leaves on the `i` of `İ` dropped.
void append_normalized_run(std::string& out, std::string_view run, bool accents) {
  const std::string before = fold(run, accents);
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold().normalizeUTF8(
      0, icu::StringPiece(before.data(), static_cast<int32_t>(before.size())), sink, nullptr,
      status);
  if (U_FAILURE(status)) {
    out += before;
  } else if (accents) {
    out += fold(normalized, true);
  } else {
    for (std::size_t dot; (dot = normalized.find("i\xCC\x87")) != std::string::npos;)
      normalized.erase(dot + 1, 2);
    out += normalized;
  }
}

std::string normalize(std::string_view utf8, bool accents) {
  if (is_ascii(utf8)) return std::string(utf8); // nothing to fold
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t at = 0; at < utf8.size();) {
    if (ends_run(utf8[at])) {
      out += utf8[at++];
      continue;
    }
    std::size_t end = at;
    while (end < utf8.size() && !ends_run(utf8[end]))
      ++end;
    const std::string_view run = utf8.substr(at, end - at);
    if (is_ascii(run))
      out.append(run);
    else
      append_normalized_run(out, run, accents);
    at = end;
  }
  return out;
}

} // namespace

std::string fold_for_search(std::string_view utf8) { return fold(utf8, true); }

std::string normalize_for_search(std::string_view utf8) { return normalize(utf8, true); }

std::string normalize_keeping_accents(std::string_view utf8) { return normalize(utf8, false); }

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
