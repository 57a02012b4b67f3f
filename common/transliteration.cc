#include "common/transliteration.hh"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "common/script_text.hh"

namespace news {
namespace {

constexpr const char* kTransliteration =
    "Russian-Latin/BGN; Greek-Latin/UNGEGN; Any-Latin; [\\u02B9\\u02BA] Remove; Latin-ASCII";

// One transliterator a thread: making one costs milliseconds, and they are not thread-safe.
icu::Transliterator* transliterator() {
  thread_local const std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(kTransliteration), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return instance.get();
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// BGN's final `-iy` and `-yy` (Дмитрий, Зеленский, Белый) as the agencies write them: `-y`.
std::string agency_endings(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool word_end = i + 2 >= text.size() || !is_letter(text[i + 2]);
    const bool ending = i + 1 < text.size() && (text[i] == 'i' || text[i] == 'y') &&
                        text[i + 1] == 'y' && word_end && i >= 2 && is_letter(text[i - 1]);
    if (!ending) out += text[i];
  }
  return out;
}

} // namespace

std::string latin_transliteration(std::string_view utf8) {
  if (!has_non_latin_letters(utf8)) return std::string(utf8);
  icu::Transliterator* latin = transliterator();
  if (latin == nullptr) return std::string(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  latin->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return agency_endings(std::move(out));
}

} // namespace news
