#include "common/transliteration.hh"

#include <map>
#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "common/script_text.hh"

namespace news {
namespace {

constexpr const char* kTransliteration =
    "Russian-Latin/BGN; Greek-Latin/UNGEGN; Any-Latin; [\\u02B9\\u02BA] Remove; Latin-ASCII";

// One transliterator an id a thread: making one costs milliseconds, and they are not
// thread-safe. A null one: ICU does not know the id.
icu::Transliterator* transliterator(const std::string& id) {
  thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> instances;
  const auto found = instances.find(id);
  if (found != instances.end()) return found->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
  if (U_FAILURE(status)) made.reset();
  return instances.emplace(id, std::move(made)).first->second.get();
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

std::string icu_transliteration(const std::string& id, std::string_view utf8) {
  icu::Transliterator* transform = transliterator(id);
  if (transform == nullptr) return std::string(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  transform->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string latin_transliteration(std::string_view utf8) {
  if (!has_non_latin_letters(utf8)) return std::string(utf8);
  return agency_endings(icu_transliteration(kTransliteration, utf8));
}

} // namespace news
