// Every country's name in the languages news is written in, under one
// canonical (English) place name: `Allemagne`, `Deutschland`, `Alemania`,
// `Германия`, `Германии`, `德国` -> `Germany`.
//
// The names are iso-codes' (Debian): the English names of
// /usr/share/iso-codes/json/iso_3166-1.json, and their translations in
// /usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo for the languages of
// kCountryNameLanguages; plus the short names the catalogues leave out
// (lists::country_short_names: `Russland`, `США`); Russian and Ukrainian
// names also in their case forms (cyrillic_inflection), German ones in the
// genitive (`Deutschlands`). Loaded once, on first use: about 5 ms.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace news {

/** The languages whose translations of the country names are read. */
inline constexpr std::array<std::string_view, 17> kCountryNameLanguages = {
    "fr", "de", "es", "it", "pt", "nl",    "pl",    "ru", "uk",
    "tr", "sv", "el", "ar", "ja", "zh_CN", "zh_TW", "ko"};

/** Names of places in many languages and scripts, each under its canonical (English) name. */
class LocalPlaceNames {
public:
  /** The canonical name of a name in any of the languages (any case), or nullopt. */
  std::optional<std::string> find(std::string_view name) const;
  /** find() of a name already made a key (country_name_key). */
  std::optional<std::string> find_key(const std::string& key) const;

  /** Calls use(name, canonical) for each name other than English. */
  template <typename Use> void for_each(Use use) const {
    for (const auto& [name, canonical] : names_)
      use(name, canonical);
  }

  std::size_t size() const { return names_.size(); }

protected:
  /** Adds one written form; a name already added keeps its first canonical. */
  void add_form(const std::string& form, const std::string& canonical);

private:
  std::unordered_map<std::string, std::string> by_key_; // country_name_key -> canonical
  std::unordered_map<std::string, std::string> names_;  // name as written -> canonical
};

class CountryNames : public LocalPlaceNames {
public:
  /** The shared instance, from the system's iso-codes (none installed: the short names only). */
  static const CountryNames& instance();

  /** Reads the English names from `json_path` and the catalogues below `locale_dir`. */
  CountryNames(const std::string& json_path, const std::string& locale_dir);

private:
  void add(std::string_view language, std::string_view name, const std::string& canonical);
};

/** How names are compared: lowercase in every script, Latin accents folded. */
std::string country_name_key(std::string_view name);

} // namespace news
