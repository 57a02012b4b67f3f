// The names of cities in the languages news is written in, under one
// canonical (English) place name: `Москва`, `Moskau`, `Moscou`, `Moscú`,
// `莫斯科`, `モスクワ` -> `Moscow`, so that place:moscow finds the Russian
// article and place:москва the English one.
//
// The names are CLDR's, as ICU carries them: the exemplar city of each
// location time zone (icu::TimeZoneNames::getExemplarLocationName), in
// English for the canonical name and in each language of
// kCountryNameLanguages for the others. Cities that name no time zone
// (Beijing's is Asia/Shanghai) come from a small table written for this
// project (lists::city_names_without_zone). Russian and Ukrainian names also
// in their case forms (`Москвы`, `Москве`). Only the names that differ from
// the English one are kept: the English exemplars (`Davis`, `Casey`, `Troll`
// for Antarctic stations) are not made places in English text. Loaded once,
// on first use, from the table the build read from ICU (exemplar_cities.hh).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "common/country_names.hh"
#include "common/country_short_names.hh"

namespace news {

namespace lists {
/** The names of cities that are no time zone's exemplar city, by language. */
std::span<const LocalAlias> city_names_without_zone();
} // namespace lists

class CityNames : public LocalPlaceNames {
public:
  /** The shared instance, from ICU's time-zone names and the table. */
  static const CityNames& instance();

  CityNames();

private:
  void add(std::string_view language, const std::string& name, const std::string& canonical);
};

} // namespace news
