#include "common/cyrillic_inflection.hh"

#include <algorithm>
#include <array>
#include <optional>

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

bool is_velar(std::string_view stem) { return ends_with_any(stem, {"г", "к", "х"}); }
bool is_hushing(std::string_view stem) { return ends_with_any(stem, {"ж", "ш", "ч", "щ", "ц"}); }

// Case endings of nouns and surnames, longest first.
constexpr std::array<std::string_view, 22> kEndings = {
    "ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ой",
    "ей",  "ою",  "ию",  "ии",  "а",   "я",   "у",  "ю",  "е",  "ы",  "и"};

// An adjective's endings in every case, gender and number, longest first.
constexpr std::array<std::string_view, 24> kAdjectiveEndings = {
    "ого", "его", "ому", "ему", "ими", "ыми", "ий", "ый", "ой", "ая", "яя", "ое",
    "ее",  "ие",  "ые",  "им",  "ым",  "ом",  "ем", "ую", "юю", "их", "ых", "ей"};

// A word's forms in the oblique cases: genitive, dative, accusative, instrumental,
// prepositional. An empty form is the nominative's (an inanimate accusative).
using Cases = std::array<std::string, 5>;

// What a name's adjectives tell of its noun.
enum class Agreement { Singular, Neuter, Plural };

Cases with(std::string_view base, std::array<std::string_view, 5> endings) {
  Cases out;
  for (std::size_t i = 0; i < endings.size(); ++i)
    if (!endings[i].empty()) out[i] = std::string(base) + std::string(endings[i]);
  return out;
}

std::optional<Cases> noun_cases(std::string_view noun, Agreement agreement) {
  const std::string_view stem = noun.substr(0, noun.size() - kLetter);
  const std::string_view last = noun.substr(noun.size() - kLetter);
  if (agreement == Agreement::Plural) { // Штаты, Эмираты, Нидерланды, Острова
    if (!ends_with_any(noun, {"ы", "и", "а"})) return std::nullopt;
    return with(stem, {"ов", "ам", "", "ами", "ах"});
  }
  if (noun.ends_with("ия")) return with(stem, {"и", "и", "ю", "ей", "и"}); // Германия
  if (last == "а" && is_vowel_ending(stem)) return std::nullopt; // Папуа, Никарагуа
  if (last == "а")                                               // Украина, Америка
    return with(stem, {is_velar(stem) || is_hushing(stem) ? "и" : "ы", "е", "у", "ой", "е"});
  if (last == "я") return with(stem, {"и", "е", "ю", "ей", "е"});               // Кения
  if (last == "й" || last == "ь") return with(stem, {"я", "ю", "", "ем", "е"}); // Китай, Израиль
  if (last == "о" && agreement == Agreement::Neuter) // (Соединённое) Королевство
    return with(stem, {"а", "у", "", "ом", "е"});
  if (is_vowel_ending(noun)) return std::nullopt; // Перу, Того, Чили
  return with(noun, {"а", "у", "", is_hushing(noun) ? "ем" : "ом", "е"}); // Иран, Париж
}

// The forms of an adjective before a place's noun, and what it says of the noun.
std::optional<std::pair<Cases, Agreement>> adjective_cases(std::string_view word) {
  if (letters(word) < 4) return std::nullopt;
  const std::string_view stem = word.substr(0, word.size() - 2 * kLetter);
  const auto as = [&](Agreement agreement, std::array<std::string_view, 5> endings) {
    return std::optional<std::pair<Cases, Agreement>>({with(stem, endings), agreement});
  };
  using enum Agreement;
  if (word.ends_with("ая")) return as(Singular, {"ой", "ой", "ую", "ой", "ой"}); // Южная
  if (word.ends_with("яя")) return as(Singular, {"ей", "ей", "юю", "ей", "ей"});
  if (word.ends_with("ое")) return as(Neuter, {"ого", "ому", "", "ым", "ом"});
  if (word.ends_with("ее")) return as(Neuter, {"его", "ему", "", "им", "ем"});
  if (word.ends_with("ый")) return as(Singular, {"ого", "ому", "", "ым", "ом"});
  if (word.ends_with("ой"))
    return as(Singular, {"ого", "ому", "", is_velar(stem) ? "им" : "ым", "ом"});
  if (word.ends_with("ий"))
    return is_velar(stem) ? as(Singular, {"ого", "ому", "", "им", "ом"}) // Великий
                          : as(Singular, {"его", "ему", "", "им", "ем"});
  if (word.ends_with("ые")) return as(Plural, {"ых", "ым", "", "ыми", "ых"}); // Соединённые
  if (word.ends_with("ие")) return as(Plural, {"их", "им", "", "ими", "их"});
  return std::nullopt;
}

std::vector<std::string> split_words(std::string_view name) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at <= name.size();) {
    const std::size_t space = std::min(name.find(' ', at), name.size());
    if (space > at) words.emplace_back(name.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

// The name's words in each case: the words at `declined` take their forms, the others stay.
std::vector<std::string> combined(const std::vector<std::string>& words,
                                  const std::vector<std::pair<std::size_t, Cases>>& declined) {
  std::vector<std::string> forms;
  for (std::size_t c = 0; c < std::tuple_size_v<Cases>; ++c) {
    std::vector<std::string> in_case = words;
    for (const auto& [at, cases] : declined)
      if (!cases[c].empty()) in_case[at] = cases[c];
    std::string form;
    for (const std::string& word : in_case)
      form += (form.empty() ? "" : " ") + word;
    if (in_case != words && std::find(forms.begin(), forms.end(), form) == forms.end())
      forms.push_back(std::move(form));
  }
  return forms;
}

} // namespace

std::vector<std::string> place_case_forms(std::string_view name) {
  const std::vector<std::string> words = split_words(name);
  if (words.empty()) return {};
  if (words.size() == 1) {
    if (letters(name) < 3) return {};
    const Agreement number = name.ends_with("ы") ? Agreement::Plural : Agreement::Singular;
    const std::optional<Cases> cases = noun_cases(name, number);
    return cases ? combined(words, {{0, *cases}}) : std::vector<std::string>{};
  }
  std::vector<std::pair<std::size_t, Cases>> declined;
  if (words.size() == 3 && words[1] == "и") { // Босния и Герцеговина, Тринидад и Тобаго
    for (std::size_t at : {0u, 2u})
      if (auto cases = noun_cases(words[at], Agreement::Singular))
        declined.emplace_back(at, *cases);
    return combined(words, declined);
  }
  // Adjectives, then the noun they agree with; the words after it stay as they are.
  std::size_t at = 0;
  Agreement agreement = Agreement::Singular;
  for (; at + 1 < words.size(); ++at) {
    const auto adjective = adjective_cases(words[at]);
    if (!adjective) break;
    declined.emplace_back(at, adjective->first);
    agreement = adjective->second;
  }
  const std::optional<Cases> noun = noun_cases(words[at], agreement);
  if (!noun) return {};
  declined.emplace_back(at, *noun);
  return combined(words, declined);
}

std::span<const std::string_view> adjective_endings() { return kAdjectiveEndings; }

bool is_adjective_form(std::string_view word) {
  if (letters(word) < 4) return false;
  for (std::string_view ending : kAdjectiveEndings)
    if (word.ends_with(ending)) return true;
  return false;
}

bool is_adjective_case_form(std::string_view word) {
  // The endings of adjective_endings() no given name has in any case (`-ий`, `-ей`, `-ее`:
  // Дмитрий, Андрей, Андрее; `-им`, `-ем`, `-ом`, `-ым`: Максим, Артем, Досым, Карамзиным;
  // `-их`: Генрих).
  constexpr std::array<std::string_view, 15> kOnlyAdjectives = {"ого", "его", "ому", "ему", "ыми",
                                                                "ими", "ую",  "юю",  "ых",  "ая",
                                                                "яя",  "ое",  "ые",  "ие",  "ой"};
  if (letters(word) < 4) return false;
  for (std::string_view ending : kOnlyAdjectives)
    if (word.ends_with(ending)) return true;
  return false;
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
