#include "common/language_codes.hh"

#include <map>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "common/ascii.hh"
#include "common/text_normalize.hh"
#include "common/utf8.hh"

namespace news {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// CLD2 and old tags spell a few languages by their withdrawn codes.
std::string modern_code(std::string code) {
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  return code;
}

// A three-letter code's two-letter one where ISO 639-1 has it (`deu`, `ger`
// give `de`), through ICU's canonical aliases; else the code itself.
std::string two_letter_code(std::string code) {
  if (code.size() != 3) return code;
  const icu::Locale canonical = icu::Locale::createCanonical(code.c_str());
  const std::string_view language = canonical.getLanguage();
  if (language.size() == 2) return std::string(language);
  return code;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// A name folded for comparing as a query's text is (normalize_for_search:
// case and accents folded, so that `lang:français`, which reaches the filter
// as `francais`, is French), its ASCII lowercased too.
std::string folded_name(std::string_view name) { return to_lower(normalize_for_search(name)); }

// The English name and the own name of each language ICU knows (folded),
// to its code; made once, when a language is first named by name.
const std::map<std::string, std::string>& codes_by_name() {
  static const std::map<std::string, std::string> table = [] {
    std::map<std::string, std::string> names;
    for (const char* const* code = icu::Locale::getISOLanguages(); *code != nullptr; ++code) {
      const std::string bare = language_tag_code(*code);
      if (bare.empty()) continue;
      const icu::Locale locale(bare.c_str());
      icu::UnicodeString english, own;
      locale.getDisplayLanguage(icu::Locale::getEnglish(), english);
      locale.getDisplayLanguage(locale, own);
      // A language ICU has no name for is shown as its code: no name.
      for (const icu::UnicodeString& name : {english, own})
        if (const std::string utf8 = to_utf8(name); utf8 != bare)
          names.try_emplace(folded_name(utf8), bare);
    }
    return names;
  }();
  return table;
}

// Whether ICU has a name for the language of this bare code.
bool is_known_code(const std::string& code) {
  icu::UnicodeString english;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), english);
  return to_utf8(english) != code;
}

} // namespace

std::string language_tag_code(std::string_view tag) {
  std::size_t end = 0;
  while (end < tag.size() && is_ascii_letter(tag[end]))
    ++end;
  if (end < 2 || end > 3) return {};
  if (end < tag.size() && tag[end] != '-' && tag[end] != '_') return {};
  std::string code = to_lower(tag.substr(0, end));
  if (code == "un" || code == "xx" || code == "und" || code == "mul" || code == "zxx") return {};
  return two_letter_code(modern_code(std::move(code)));
}

std::optional<std::string> language_named(std::string_view name) {
  if (!is_valid_utf8(name)) return std::nullopt; // no language's name; folding needs UTF-8
  if (const std::string code = language_tag_code(name); !code.empty() && is_known_code(code))
    return code;
  const auto& names = codes_by_name();
  if (auto it = names.find(folded_name(name)); it != names.end()) return it->second;
  return std::nullopt;
}

} // namespace news
