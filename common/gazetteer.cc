#include "common/gazetteer.hh"

#include "common/ascii.hh"

#include <cctype>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/city_names.hh"
#include "common/country_names.hh"
#include "common/entity_lists.hh"
#include "common/international_bodies.hh"
#include "common/intl_name_words.hh"
#include "common/script_text.hh"
#include "common/text_normalize.hh"

namespace news {
namespace {

constexpr const char* kIsoCodesDirectory = "/usr/share/iso-codes/json";

bool is_acronym(std::string_view name) {
  bool letters = false;
  for (char c : name) {
    if (is_ascii_lower(c)) return false;
    letters = letters || is_ascii_upper(c);
  }
  return letters && name.size() <= 6;
}

// Subdivision types worth knowing as places; districts, municipalities and
// parishes are many, small, and too often ordinary words.
bool is_major_subdivision(const std::string& type) {
  const std::string lower = to_lower(type);
  for (const char* kind : {"state", "province", "region", "county", "prefecture", "governorate",
                           "emirate", "country", "autonomous", "territory", "nation"})
    if (lower.find(kind) != std::string::npos) return true;
  return false;
}

// `Bavaria (Bayern)` -> `Bavaria`; `Korea, Republic of` is not a usable name.
std::string usable_name(std::string name) {
  if (const std::size_t paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
  if (name.find(',') != std::string::npos || name.find('[') != std::string::npos) return {};
  return name;
}

template <typename Set, typename List> void fill(Set& set, const List& list, bool lower) {
  for (std::string_view word : list)
    set.insert(lower ? to_lower(std::string(word)) : std::string(word));
}

template <typename Set> void fill_local(Set& set, std::span<const lists::LocalWord> words) {
  for (const lists::LocalWord& word : words)
    set.insert(std::string(word.word));
}

} // namespace

namespace {
// A name's key unless it is an acronym: lowercase, accents folded.
std::string folded_key(std::string_view name) {
  if (all_ascii(name)) return to_lower(name); // folding keeps ASCII as it is
  return to_lower(fold_for_search(name));
}

// Spanish (and Galician, Basque, Filipino...) has ñ as a letter of its own:
// `Cañada`, a glen and the start of many place names, is not `Canada`. A
// name written with ñ is keyed with its ñ kept (each stretch between folded
// as usual); names are also added under their key with ñ folded, for text
// written without accents (`Espana`).
constexpr std::string_view kEnye = "ñ", kCapitalEnye = "Ñ";

// One pass for both (every lookup asks): ñ and Ñ are C3 B1 and C3 91.
bool has_enye(std::string_view name) {
  for (std::size_t at = name.find('\xC3'); at != std::string_view::npos && at + 1 < name.size();
       at = name.find('\xC3', at + 1))
    if (name[at + 1] == kEnye[1] || name[at + 1] == kCapitalEnye[1]) return true;
  return false;
}

std::string enye_key(std::string_view name) {
  std::string key;
  for (;;) {
    const std::size_t at = std::min(name.find(kEnye), name.find(kCapitalEnye));
    key += folded_key(name.substr(0, at));
    if (at == std::string_view::npos) return key;
    key += kEnye;
    name.remove_prefix(at + kEnye.size()); // both are two bytes
  }
}

std::string_view first_word(std::string_view key) { return key.substr(0, key.find(' ')); }

// The keys a known name is added under: its lookup key, and the one with ñ
// folded where that differs.
template <typename Add> void for_each_key(std::string_view name, Add add) {
  std::string key = gazetteer_key(name);
  if (has_enye(key)) add(folded_key(name));
  add(std::move(key));
}
} // namespace

std::string gazetteer_key(std::string_view name) {
  if (is_acronym(name)) return std::string(name);
  if (has_enye(name)) return enye_key(name);
  return folded_key(name);
}

const Gazetteer& Gazetteer::instance() {
  static const Gazetteer gazetteer;
  return gazetteer;
}

Gazetteer::Gazetteer() {
  // Curated names first: where they give a country another canonical name
  // (`Russian Federation` -> `Russia`), the first one added wins.
  for (std::string_view place : lists::places())
    add_place(place, place);
  for (const lists::Alias& alias : lists::place_aliases())
    add_place(alias.name, alias.canonical);
  load_iso_codes(kIsoCodesDirectory);
  // The countries' names in other languages, after the English names of countries and
  // subdivisions, which win (`Norfolk` stays the county, not a translation of Norfolk Island).
  CountryNames::instance().for_each([&](const std::string& name, const std::string& canonical) {
    add_place(name, place(canonical).value_or(canonical));
  });
  // Cities in other languages (`Москва`, `Moskau` -> Moscow), after the countries.
  CityNames::instance().for_each([&](const std::string& name, const std::string& canonical) {
    add_place(name, place(canonical).value_or(canonical));
  });
  for (const char* nation : {"England", "Scotland", "Wales", "Northern Ireland", "Soviet Union",
                             "Yugoslavia", "West Germany", "East Germany", "Palestine", "Taiwan",
                             "Hong Kong", "Korea", "Kosovo", "Zaire", "Czechoslovakia"})
    countries_.insert(nation);
  for (const lists::Alias& org : lists::organisations())
    add_organisation(org.name, org.canonical);
  for (const lists::Alias& org : lists::international_bodies())
    add_organisation(org.name, org.canonical);
  for (const lists::Alias& demonym : lists::demonyms())
    for_each_key(demonym.name, [&](std::string key) {
      demonyms_.emplace(std::move(key), std::string(demonym.canonical));
    });
  fill(given_names_, lists::given_names(), false);
  fill(non_names_, lists::non_names(), false);
  fill(organisation_words_, lists::organisation_words(), false);
  fill(place_words_, lists::place_words(), false);
  fill(titles_, lists::person_titles(), true);
  fill(speech_verbs_, lists::speech_verbs(), false);
  fill(connectors_, lists::name_connectors(), false);
  fill_local(titles_, lists::intl_person_titles());
  fill_local(speech_verbs_, lists::intl_speech_verbs());
  fill_local(determiners_, lists::sentence_determiners());
  fill_local(noun_articles_, lists::noun_articles());
  for (const lists::LocalAlias& sense : lists::local_place_senses())
    senses_.push_back({std::string(sense.language), gazetteer_key(sense.name),
                       std::string(sense.canonical), sense.name.size()});
  for (const lists::LocalWord& word : lists::sentence_openers())
    openers_.insert(std::string(word.language) + '\t' + std::string(word.word));
}

void Gazetteer::add_place(std::string_view name, std::string_view canonical) {
  if (name.size() < 2) return;
  for_each_key(name, [&](std::string key) {
    first_words_.insert(std::string(first_word(key)));
    places_.emplace(std::move(key), std::string(canonical)); // the first canonical wins
  });
}

void Gazetteer::add_organisation(std::string_view name, std::string_view canonical) {
  for_each_key(name, [&](std::string key) {
    first_words_.insert(std::string(first_word(key)));
    organisations_.emplace(std::move(key), std::string(canonical));
  });
}

bool Gazetteer::may_start_known_name(std::string_view word) const {
  // A name's key is its words' keys joined: its first word's, folded or (an
  // acronym) as written, is the first word of the name's.
  return first_words_.contains(first_word(word)) ||
         first_words_.contains(first_word(folded_key(word)));
}

void Gazetteer::load_iso_codes(const std::string& directory) {
  std::ifstream countries(directory + "/iso_3166-1.json");
  const nlohmann::json list = nlohmann::json::parse(countries, nullptr, false);
  if (list.is_object() && list.contains("3166-1")) {
    for (const nlohmann::json& country : list["3166-1"]) {
      const std::string name = country.value("name", "");
      const std::string common = country.value("common_name", "");
      std::string canonical = !common.empty() ? common : usable_name(name);
      if (canonical.empty()) continue;
      canonical = place(canonical).value_or(canonical); // a curated name wins
      countries_.insert(canonical);
      add_place(canonical, canonical);
      add_place(usable_name(name), canonical);
      add_place(usable_name(country.value("official_name", "")), canonical);
    }
  }
  std::ifstream subdivisions(directory + "/iso_3166-2.json");
  const nlohmann::json parts = nlohmann::json::parse(subdivisions, nullptr, false);
  if (!parts.is_object() || !parts.contains("3166-2")) return;
  for (const nlohmann::json& part : parts["3166-2"]) {
    if (!is_major_subdivision(part.value("type", ""))) continue;
    const std::string name = usable_name(part.value("name", ""));
    if (name.size() >= 4 && !is_non_name(name)) add_place(name, name);
  }
}

namespace {
template <typename Map> std::optional<std::string> find_in(const Map& map, std::string_view name) {
  const std::string* found = map.find(gazetteer_key(name));
  if (found == nullptr) return std::nullopt;
  return *found;
}
} // namespace

std::optional<std::string> Gazetteer::place(std::string_view name) const {
  return find_in(places_, name);
}
std::optional<std::string> Gazetteer::organisation(std::string_view name) const {
  return find_in(organisations_, name);
}
Gazetteer::Known Gazetteer::known_as(std::string_view name) const {
  const std::string key = gazetteer_key(name);
  if (places_.find(key) != nullptr) return Known::Place;
  if (organisations_.find(key) != nullptr) return Known::Organisation;
  return Known::None;
}
std::optional<std::string> Gazetteer::demonym(std::string_view word) const {
  return find_in(demonyms_, word);
}
bool Gazetteer::is_given_name(std::string_view word) const { return given_names_.contains(word); }
bool Gazetteer::is_non_name(std::string_view word) const { return non_names_.contains(word); }
bool Gazetteer::is_organisation_word(std::string_view word) const {
  return organisation_words_.contains(word);
}
bool Gazetteer::is_place_word(std::string_view word) const { return place_words_.contains(word); }
bool Gazetteer::is_person_title(std::string_view words) const {
  // Titles in other scripts (`Президент`) are lowercased here: to_lower knows only ASCII.
  if (titles_.contains(words)) return true;
  if (all_ascii(words) && !has_ascii_upper(words)) return false; // its lowercase is itself
  return titles_.contains(unicode_lower(words));
}
bool Gazetteer::is_speech_verb(std::string_view word) const { return speech_verbs_.contains(word); }
bool Gazetteer::is_connector(std::string_view word) const { return connectors_.contains(word); }
bool Gazetteer::is_sentence_determiner(std::string_view word) const {
  return determiners_.contains(word);
}
std::optional<std::string> Gazetteer::local_place_sense(std::string_view language,
                                                        std::string_view name) const {
  for (const Sense& sense : senses_)
    if (sense.bytes == name.size() && sense.language == language &&
        sense.key == gazetteer_key(name))
      return sense.canonical;
  return std::nullopt;
}

bool Gazetteer::is_sentence_opener(std::string_view language, std::string_view word) const {
  if (language.empty() || language.size() + word.size() > 64) return false;
  char key[64 + 1];
  const std::size_t n = language.copy(key, language.size());
  key[n] = '\t';
  return openers_.contains(std::string_view(key, n + 1 + word.copy(key + n + 1, word.size())));
}
bool Gazetteer::is_noun_article(std::string_view word) const {
  return noun_articles_.contains(word);
}

} // namespace news
