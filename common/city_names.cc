#include "common/city_names.hh"

#include <memory>
#include <vector>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include "common/country_names.hh"
#include "common/cyrillic_inflection.hh"
#include "common/greek_inflection.hh"

namespace news {
namespace lists {
namespace {

// Capitals and large cities news names that CLDR gives no time zone of their
// own (the zone is named after another city of the country).
// clang-format off
constexpr LocalAlias kCitiesWithoutZone[] = {
    {"de", "Peking", "Beijing"}, {"fr", "Pékin", "Beijing"}, {"es", "Pekín", "Beijing"},
    {"it", "Pechino", "Beijing"}, {"pt", "Pequim", "Beijing"}, {"nl", "Peking", "Beijing"},
    {"pl", "Pekin", "Beijing"}, {"ru", "Пекин", "Beijing"}, {"uk", "Пекін", "Beijing"},
    {"el", "Πεκίνο", "Beijing"}, {"tr", "Pekin", "Beijing"}, {"zh_CN", "北京", "Beijing"},
    {"ja", "北京", "Beijing"}, {"ko", "베이징", "Beijing"}, {"ar", "بكين", "Beijing"},
    {"ru", "Вашингтон", "Washington"}, {"uk", "Вашингтон", "Washington"},
    {"zh_CN", "华盛顿", "Washington"}, {"zh_TW", "華盛頓", "Washington"},
    {"ja", "ワシントン", "Washington"}, {"el", "Ουάσινγκτον", "Washington"},
    {"de", "Genf", "Geneva"}, {"fr", "Genève", "Geneva"}, {"es", "Ginebra", "Geneva"},
    {"it", "Ginevra", "Geneva"}, {"ru", "Женева", "Geneva"}, {"zh_CN", "日内瓦", "Geneva"},
    {"ja", "ジュネーブ", "Geneva"},
    {"ru", "Санкт-Петербург", "Saint Petersburg"}, {"de", "Sankt Petersburg", "Saint Petersburg"},
    {"fr", "Saint-Pétersbourg", "Saint Petersburg"}, {"es", "San Petersburgo", "Saint Petersburg"},
    {"zh_CN", "圣彼得堡", "Saint Petersburg"}, {"ja", "サンクトペテルブルク", "Saint Petersburg"},
    {"de", "München", "Munich"}, {"it", "Monaco di Baviera", "Munich"}, {"ru", "Мюнхен", "Munich"},
    {"zh_CN", "慕尼黑", "Munich"}, {"ja", "ミュンヘン", "Munich"},
    {"ru", "Нью-Дели", "New Delhi"}, {"zh_CN", "新德里", "New Delhi"}, {"ja", "ニューデリー", "New Delhi"},
};
// clang-format on

} // namespace

std::span<const LocalAlias> city_names_without_zone() { return kCitiesWithoutZone; }

} // namespace lists

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

const CityNames& CityNames::instance() {
  static const CityNames names;
  return names;
}

CityNames::CityNames() {
  const std::vector<icu::UnicodeString> zones = location_zones();
  std::vector<std::string> english(zones.size());
  if (const auto names = zone_names(icu::Locale::getEnglish()))
    for (std::size_t i = 0; i < zones.size(); ++i) {
      icu::UnicodeString city;
      english[i] = utf8(names->getExemplarLocationName(zones[i], city));
    }
  for (std::string_view language : kCountryNameLanguages) {
    const auto names = zone_names(icu_locale(language));
    if (!names) continue;
    for (std::size_t i = 0; i < zones.size(); ++i) {
      if (english[i].empty()) continue;
      icu::UnicodeString city;
      add(language, utf8(names->getExemplarLocationName(zones[i], city)), english[i]);
    }
  }
  for (const lists::LocalAlias& city : lists::city_names_without_zone())
    add(city.language, std::string(city.name), std::string(city.canonical));
}

void CityNames::add(std::string_view language, const std::string& name,
                    const std::string& canonical) {
  if (name.size() < 2 || country_name_key(name) == country_name_key(canonical)) return;
  add_form(name, canonical);
  const bool one_word = name.find(' ') == std::string::npos;
  if (language == "ru" || (language == "uk" && one_word))
    for (const std::string& form : place_case_forms(name))
      add_form(form, canonical);
  if (language == "el")
    for (const std::string& form : greek_place_forms(name))
      add_form(form, canonical);
}

} // namespace news
