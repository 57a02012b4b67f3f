// The small words inside and around names in languages other than English
// that the rule extractor reads (rule_classifier): their `of`, the article
// after it, and the compass points that end a name after it. See
// intl_name_words.hh.
#include "common/intl_name_words.hh"

#include <algorithm>
#include <array>

namespace news::lists {
namespace {

// clang-format off
constexpr std::array<std::string_view, 7> kOfWords = {"de", "du", "des", "di", "da", "do", "dos"};
constexpr std::array<std::string_view, 4> kArticlesAfterOf = {"la", "le", "el", "l'"};
constexpr std::array<std::string_view, 15> kCompassPoints = {
    "Nord", "Sud", "Est", "Ouest", "Norte", "Sur", "Este", "Oeste", "Süd", "Ost", "West",
    "Norden", "Süden", "Osten", "Westen"};
// clang-format on

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

bool is_other_of(std::string_view word) { return one_of(kOfWords, word); }
bool is_article_after_of(std::string_view word) { return one_of(kArticlesAfterOf, word); }
bool is_compass_point(std::string_view word) { return one_of(kCompassPoints, word); }

} // namespace news::lists
