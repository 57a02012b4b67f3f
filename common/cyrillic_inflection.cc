#include "common/cyrillic_inflection.hh"

#include <array>

namespace news {
namespace {

// Cyrillic letters are two bytes in UTF-8.
constexpr std::size_t kLetter = 2;
constexpr std::size_t kMinStemLetters = 3;

std::size_t letters(std::string_view text) { return text.size() / kLetter; }

bool ends_with_any(std::string_view word, std::initializer_list<std::string_view> endings) {
  for (std::string_view ending : endings)
    if (word.ends_with(ending)) return true;
  return false;
}

bool is_vowel_ending(std::string_view word) {
  return ends_with_any(word, {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є"});
}

// Case endings of nouns and surnames, longest first.
constexpr std::array<std::string_view, 22> kEndings = {
    "ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ой",
    "ей",  "ою",  "ию",  "ии",  "а",   "я",   "у",  "ю",  "е",  "ы",  "и"};

} // namespace

std::vector<std::string> place_case_forms(std::string_view name) {
  if (letters(name) < 3 || name.find(' ') != std::string_view::npos) return {};
  const std::string_view last = name.substr(name.size() - kLetter);
  const std::string stem(name.substr(0, name.size() - kLetter));
  const std::string whole(name);
  const auto with = [&](const std::string& base, std::initializer_list<std::string_view> endings) {
    std::vector<std::string> forms;
    for (std::string_view ending : endings)
      forms.push_back(base + std::string(ending));
    return forms;
  };
  if (name.ends_with("ия")) return with(stem, {"и", "ю", "ей"}); // Германия
  if (last == "а") {                                             // Украина, Америка
    const bool velar = ends_with_any(stem, {"г", "к", "х", "ж", "ш", "ч", "щ"});
    return with(stem, {velar ? "и" : "ы", "е", "у", "ой"});
  }
  if (last == "я") return with(stem, {"и", "е", "ю", "ей"}); // Кения
  if (last == "й") return with(stem, {"я", "ю", "е", "ем"}); // Китай
  if (last == "ь") return with(stem, {"я", "ю", "е", "ем"}); // Израиль
  if (is_vowel_ending(name)) return {};                      // Перу, Того, Чили
  return with(whole, {"а", "у", "е", "ом"});                 // Иран, Казахстан
}

std::string_view name_ending(std::string_view word) {
  for (std::string_view ending : kEndings)
    if (word.ends_with(ending) && letters(word) >= letters(ending) + kMinStemLetters)
      return word.substr(word.size() - ending.size());
  return word.substr(word.size());
}

std::string name_stem(std::string_view word) {
  return std::string(word.substr(0, word.size() - name_ending(word).size()));
}

bool may_share_case(std::string_view first, std::string_view second) {
  const std::string_view a = name_ending(first), b = name_ending(second);
  // A man's nominative ends in a consonant or -й (`Визит`, `Сергей`); the word after
  // it in an oblique case (`Путина`, `Путину`, `Путиным`) is not of the same name.
  const bool nominative = a.empty() || first.ends_with("й");
  const bool oblique = !b.empty() && !second.ends_with("й");
  return !(nominative && oblique);
}

} // namespace news
