// An article's language: the one it declares, checked against the language
// its text is written in (CLD2, Debian's libcld2), or the detected one when it
// declares none. Text too short or too mixed to tell stays undetermined (an
// empty code): no guess.
#pragma once

#include <string>
#include <string_view>

namespace news {

/** What detection found in a text. */
struct DetectedLanguage {
  std::string code;        /**< ISO 639-1 (`en`, `zh`), or empty: undetermined */
  int percent = 0;         /**< share of the text in that language */
  std::size_t letters = 0; /**< bytes of letters CLD2 scored */
};

/** Fewer scored bytes than this are too few to overrule a declared language. */
inline constexpr std::size_t kLettersToOverrule = 200;

/** Detection reads at most this many bytes of a text (its start). */
inline constexpr std::size_t kDetectionBytes = 8192;

/** An article's lead: the bytes of its body read first (choose_language). */
inline constexpr std::size_t kLeadBytes = 512;

/** A lead this much in one language (and of kLettersToOverrule) settles it. */
inline constexpr int kLeadPercent = 90;

/**
 * The language of a UTF-8 text by CLD2, when CLD2 calls its guess reliable
 * and most of the text (70%) is in it; undetermined otherwise.
 */
DetectedLanguage detect_language(std::string_view text);

/**
 * The article's language: the declared one (a tag, or a language's name:
 * language_codes.hh) unless detection, on enough text (kLettersToOverrule),
 * says otherwise; the detected one when none is
 * declared; empty when neither tells. Detection reads the title and the
 * body's lead (kLeadBytes), and reads on to kDetectionBytes only when the
 * lead does not settle it (kLeadPercent).
 */
std::string choose_language(std::string_view declared, std::string_view title,
                            std::string_view body);

} // namespace news
