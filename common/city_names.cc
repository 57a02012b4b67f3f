#include "common/city_names.hh"

#include "common/country_names.hh"
#include "common/cyrillic_inflection.hh"
#include "common/exemplar_cities.hh"
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

const CityNames& CityNames::instance() {
  static const CityNames names;
  return names;
}

CityNames::CityNames() {
  // ICU's exemplar cities as the build read them (exemplar_cities.hh): reading
  // them from ICU here cost every process about 150 M instructions.
  for (const lists::LocalAlias& city : lists::exemplar_cities())
    add(city.language, std::string(city.name), std::string(city.canonical));
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
