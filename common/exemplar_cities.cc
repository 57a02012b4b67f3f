#include "common/exemplar_cities.hh"

#include <memory>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include "common/country_names.hh"

namespace news {
namespace {

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// iso-codes' locale names as ICU's: Chinese by script.
icu::Locale icu_locale(std::string_view language) {
  if (language == "zh_CN") return icu::Locale("zh_Hans");
  if (language == "zh_TW") return icu::Locale("zh_Hant");
  return icu::Locale(std::string(language).c_str());
}

std::unique_ptr<icu::TimeZoneNames> zone_names(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(locale, status));
  if (U_FAILURE(status)) return nullptr;
  return names;
}

// The location zones (`Europe/Moscow`), one per city.
std::vector<icu::UnicodeString> location_zones() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  std::vector<icu::UnicodeString> zones;
  if (U_FAILURE(status) || !ids) return zones;
  while (const icu::UnicodeString* id = ids->snext(status)) {
    if (U_FAILURE(status)) break;
    zones.push_back(*id);
  }
  return zones;
}

} // namespace

std::vector<ExemplarCity> read_exemplar_cities() {
  const std::vector<icu::UnicodeString> zones = location_zones();
  std::vector<std::string> english(zones.size());
  if (const auto names = zone_names(icu::Locale::getEnglish()))
    for (std::size_t i = 0; i < zones.size(); ++i) {
      icu::UnicodeString city;
      english[i] = utf8(names->getExemplarLocationName(zones[i], city));
    }
  std::vector<ExemplarCity> out;
  for (std::string_view language : kCountryNameLanguages) {
    const auto names = zone_names(icu_locale(language));
    if (!names) continue;
    for (std::size_t i = 0; i < zones.size(); ++i) {
      if (english[i].empty()) continue;
      icu::UnicodeString city;
      out.push_back({std::string(language), utf8(names->getExemplarLocationName(zones[i], city)),
                     english[i]});
    }
  }
  return out;
}

} // namespace news
