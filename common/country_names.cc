#include "common/country_names.hh"

#include <fstream>

#include <nlohmann/json.hpp>

#include "common/country_short_names.hh"
#include "common/cyrillic_inflection.hh"
#include "common/entity_lists.hh"
#include "common/greek_inflection.hh"
#include "common/mo_catalog.hh"
#include "common/script_text.hh"
#include "common/text_normalize.hh"

namespace news {
namespace {

constexpr const char* kIsoCodesJson = "/usr/share/iso-codes/json/iso_3166-1.json";
constexpr const char* kLocaleDirectory = "/usr/share/locale";

// `大韓民国 (韓国)` -> `大韓民国`; `Russie, Fédération de` is not a name used in text.
std::string usable(std::string_view name) {
  std::string out(name.substr(0, name.find(" (")));
  if (out.find(',') != std::string::npos || out.find('[') != std::string::npos) return {};
  return out;
}

// The curated English name a country goes by (`Russian Federation` -> `Russia`). A country
// iso-codes has renamed keeps, in other languages, the name English news writes (the short
// names give it): else `Turquía` was `Türkiye` or `Turkey` by the order names were added in.
// The English gazetteer keeps iso-codes' name, as the tagger was trained with it.
std::string curated(const std::string& name) {
  if (name == "Türkiye") return "Turkey";
  for (const lists::Alias& alias : lists::place_aliases())
    if (alias.name == name) return std::string(alias.canonical);
  return name;
}

bool is_german_genitive_base(std::string_view name) {
  return !name.empty() && name.find(' ') == std::string_view::npos && !name.ends_with('s') &&
         !name.ends_with('x') && !name.ends_with('z') && !name.ends_with('e');
}

} // namespace

std::string country_name_key(std::string_view name) { return unicode_lower(fold_for_search(name)); }

const CountryNames& CountryNames::instance() {
  static const CountryNames names(kIsoCodesJson, kLocaleDirectory);
  return names;
}

CountryNames::CountryNames(const std::string& json_path, const std::string& locale_dir) {
  // English names (name, official and common name) -> canonical.
  std::unordered_map<std::string, std::string> english;
  std::ifstream file(json_path);
  const nlohmann::json list = nlohmann::json::parse(file, nullptr, false);
  if (list.is_object() && list.contains("3166-1") && list["3166-1"].is_array()) {
    for (const nlohmann::json& country : list["3166-1"]) {
      if (!country.is_object()) continue;
      const std::string name = country.value("name", "");
      const std::string common = country.value("common_name", "");
      std::string canonical = curated(!common.empty() ? common : usable(name));
      if (canonical.empty()) continue;
      for (const char* field : {"name", "official_name", "common_name"})
        if (const std::string msgid = country.value(field, ""); !msgid.empty())
          english.emplace(msgid, canonical);
    }
  }
  for (std::string_view language : kCountryNameLanguages) {
    const std::string path =
        locale_dir + "/" + std::string(language) + "/LC_MESSAGES/iso_3166-1.mo";
    for (const auto& [msgid, translation] : read_mo_catalog(path))
      if (auto it = english.find(msgid); it != english.end())
        add(language, usable(translation), it->second);
  }
  for (const lists::LocalAlias& alias : lists::country_short_names())
    add(alias.language, alias.name, curated(std::string(alias.canonical)));
}

void CountryNames::add(std::string_view language, std::string_view name,
                       const std::string& canonical) {
  if (name.size() < 2) return;
  const auto one = [&](const std::string& form) { add_form(form, canonical); };
  one(std::string(name));
  // Ukrainian's case forms of one word are Russian's; of several words, only Russian's.
  const bool one_word = name.find(' ') == std::string_view::npos;
  if (language == "ru" || (language == "uk" && one_word))
    for (const std::string& form : place_case_forms(name))
      one(form);
  if (language == "el")
    for (const std::string& form : greek_place_forms(name))
      one(form);
  if (language == "de" && is_german_genitive_base(name)) one(std::string(name) + "s");
}

void LocalPlaceNames::add_form(const std::string& form, const std::string& canonical) {
  by_key_.emplace(country_name_key(form), canonical); // the first canonical wins
  names_.emplace(form, canonical);
}

std::optional<std::string> LocalPlaceNames::find(std::string_view name) const {
  return find_key(country_name_key(name));
}

std::optional<std::string> LocalPlaceNames::find_key(const std::string& key) const {
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

} // namespace news
