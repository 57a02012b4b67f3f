#include "common/place_adjectives.hh"

#include <algorithm>
#include <array>

#include "common/city_names.hh"
#include "common/cyrillic_inflection.hh"
#include "common/gazetteer.hh"
#include "common/utf8.hh"

namespace news {
namespace {

// Cyrillic letters are two bytes in UTF-8.
constexpr std::size_t kLetter = 2;
constexpr std::size_t kMinCityLetters = 4;
constexpr std::size_t kMinAdjectiveLetters = 7;

// Adjectives that look made of a city's name and are another name's: `уральский` is the
// Urals' (Урал), not Uralsk's.
constexpr std::string_view kOtherNames[] = {"уральск"};

bool is_cyrillic_lead(unsigned char c) { return c == 0xd0 || c == 0xd1; }

// Whether `ск` stands before a two- or three-letter ending: most words are told by this alone.
bool may_be_adjective(std::string_view word) {
  for (std::size_t ending : {2, 3}) {
    const std::size_t at = word.size() - kLetter * (ending + 2);
    if (word.size() >= kLetter * (ending + 2) && word.substr(at, kLetter * 2) == "ск") return true;
  }
  return false;
}

} // namespace

std::optional<std::string> city_of_adjective(std::string_view word, const Gazetteer& gazetteer) {
  if (!may_be_adjective(word)) return std::nullopt;
  const CityNames& cities = CityNames::instance();
  for (std::string_view ending : adjective_endings()) {
    if (!word.ends_with(ending)) continue;
    const std::string_view base = word.substr(0, word.size() - ending.size()); // парижск
    if (!base.ends_with("ск")) return std::nullopt;
    const std::string_view stem = base.substr(0, base.size() - kLetter * 2); // париж
    // The stem made a key once: the endings added to it are lowercase and fold to themselves.
    const std::string key = country_name_key(stem);
    for (std::string_view other : kOtherNames)
      if (key + "ск" == other) return std::nullopt;
    // A stem too short to be taken is no other city's case form either (`Рима` is Rome's).
    if (stem.size() < kLetter * kMinCityLetters && cities.find_key(key)) return std::nullopt;
    // Париж-ский, Минск-ий, Вен-ский (Вена), Брюссель-ский, Казан-ский (Казань),
    // Афин-ский (Афины), Моск-ов-ский (Москва).
    const std::string candidates[] = {
        key,       key + "ск",
        key + "а", key + "ь",
        key + "ы", key.ends_with("ов") ? key.substr(0, key.size() - kLetter * 2) + "ва" : ""};
    for (const std::string& city : candidates) {
      if (city.size() < kLetter * kMinCityLetters) continue;
      const std::optional<std::string> canonical = cities.find_key(city);
      if (!canonical) continue;
      // `люксембургский` is Luxembourgish: a country's adjective is a nationality.
      if (gazetteer.is_country(gazetteer.place(*canonical).value_or(*canonical)))
        return std::nullopt;
      return canonical;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

void add_place_adjectives(std::string_view text, Entities& entities, const Gazetteer& gazetteer) {
  std::size_t at = 0;
  while (at < text.size()) {
    if (!is_cyrillic_lead(static_cast<unsigned char>(text[at]))) {
      at += std::max<std::size_t>(1, utf8_sequence_length(text, at));
      continue;
    }
    std::size_t end = at;
    while (end + 1 < text.size() && is_cyrillic_lead(static_cast<unsigned char>(text[end])))
      end += kLetter;
    const std::string_view word = text.substr(at, end - at);
    at = end;
    if (word.size() < kLetter * kMinAdjectiveLetters) continue; // вен-ск-ий
    if (auto city = city_of_adjective(word, gazetteer))
      entities.add(EntityKind::Place, *city, std::string(word));
  }
}

} // namespace news
