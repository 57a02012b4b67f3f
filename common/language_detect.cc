#include "common/language_detect.hh"

#include <algorithm>

#include <cld2/public/compact_lang_det.h>

#include "common/language_codes.hh"
#include "common/utf8.hh"

// CLD2's public header declares no code for its Language values; the
// library exports this one (cld2/internal/lang_script.h).
namespace CLD2 {
const char* LanguageCode(Language lang);
} // namespace CLD2

namespace news {
namespace {

constexpr int kMinPercent = 70;

// The longest declared value read as a language's name (Norwegian Bokmål's is 16).
constexpr std::size_t kMaxLanguageName = 64;

} // namespace

DetectedLanguage detect_language(std::string_view text) {
  if (text.size() > kDetectionBytes)
    text = text.substr(0, utf8_character_start(text, kDetectionBytes));
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language language = CLD2::DetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), true, top3, percent3, &text_bytes, &reliable);
  DetectedLanguage detected;
  detected.letters = text_bytes > 0 ? static_cast<std::size_t>(text_bytes) : 0;
  detected.percent = percent3[0];
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || percent3[0] < kMinPercent) return detected;
  detected.code = language_tag_code(CLD2::LanguageCode(language));
  return detected;
}

namespace {

// The title and the body's first `body_bytes` (at a character's start).
std::string detection_text(std::string_view title, std::string_view body, std::size_t body_bytes) {
  if (body.size() > body_bytes) body = body.substr(0, utf8_character_start(body, body_bytes));
  std::string text;
  text.reserve(title.size() + 1 + body.size());
  text.append(title);
  text += '\n';
  text.append(body);
  return text;
}

} // namespace

std::string choose_language(std::string_view declared, std::string_view title,
                            std::string_view body) {
  // The lead first: news says its language in its first lines, and CLD2's
  // cost grows with the bytes it reads. Only a lead too short or too mixed
  // to be sure of is read on, up to kDetectionBytes.
  DetectedLanguage detected = detect_language(detection_text(title, body, kLeadBytes));
  const bool sure = !detected.code.empty() && detected.percent >= kLeadPercent &&
                    detected.letters >= kLettersToOverrule;
  if (!sure && body.size() > kLeadBytes)
    detected = detect_language(detection_text(title, body, kDetectionBytes));
  std::string code = language_tag_code(declared);
  // A language declared by its name (`"language": "French"`, a feed's
  // `<language>English</language>`); names are short.
  if (code.empty() && !declared.empty() && declared.size() <= kMaxLanguageName)
    code = language_named(declared).value_or("");
  if (code.empty()) return detected.code;
  if (!detected.code.empty() && detected.code != code && detected.letters >= kLettersToOverrule)
    return detected.code;
  return code;
}

} // namespace news
