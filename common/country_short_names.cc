#include "common/country_short_names.hh"

namespace news::lists {
namespace {

// clang-format off
constexpr LocalAlias kShortNames[] = {
    {"fr", "Russie", "Russia"}, {"de", "Russland", "Russia"}, {"es", "Rusia", "Russia"},
    {"it", "Russia", "Russia"}, {"pt", "Rússia", "Russia"}, {"nl", "Rusland", "Russia"},
    {"pl", "Rosja", "Russia"}, {"ru", "Россия", "Russia"}, {"uk", "Росія", "Russia"},
    {"el", "Ρωσία", "Russia"}, {"ja", "ロシア", "Russia"}, {"tr", "Rusya", "Russia"},
    {"ru", "США", "United States"}, {"ru", "Соединённые Штаты", "United States"},
    {"ru", "Соединенные Штаты", "United States"}, {"ru", "Америка", "United States"},
    {"de", "USA", "United States"}, {"fr", "États-Unis", "United States"},
    {"es", "EE. UU.", "United States"}, {"es", "EEUU", "United States"},
    {"es", "EE.UU.", "United States"}, {"pt", "EUA", "United States"},
    {"de", "Großbritannien", "United Kingdom"}, {"fr", "Grande-Bretagne", "United Kingdom"},
    {"es", "Gran Bretaña", "United Kingdom"}, {"it", "Gran Bretagna", "United Kingdom"},
    {"pt", "Grã-Bretanha", "United Kingdom"}, {"nl", "Groot-Brittannië", "United Kingdom"},
    {"ru", "Великобритания", "United Kingdom"}, {"uk", "Британія", "United Kingdom"},
    {"ru", "Турция", "Turkey"}, {"fr", "Turquie", "Turkey"}, {"es", "Turquía", "Turkey"},
    {"it", "Turchia", "Turkey"}, {"pt", "Turquia", "Turkey"}, {"nl", "Turkije", "Turkey"},
    {"de", "Holland", "Netherlands"}, {"ru", "Голландия", "Netherlands"},
    {"ru", "Корея", "Korea"}, {"ru", "Южная Корея", "South Korea"},
    {"ru", "Северная Корея", "North Korea"}, {"ru", "КНДР", "North Korea"},
    {"ru", "КНР", "China"}, {"ru", "Сирия", "Syria"}, {"ru", "Иран", "Iran"},
    {"ru", "Белоруссия", "Belarus"}, {"ru", "Молдавия", "Moldova"},
    // Chinese and Japanese short names the catalogues leave out.
    {"ja", "アメリカ", "United States"}, {"ja", "イギリス", "United Kingdom"},
    {"ja", "韓国", "South Korea"}, {"zh_CN", "韩国", "South Korea"},
    {"zh_TW", "韓國", "South Korea"}, {"ja", "北朝鮮", "North Korea"},
    {"zh_CN", "朝鲜", "North Korea"}, {"zh_TW", "北韓", "North Korea"},
    {"ja", "台湾", "Taiwan"}, {"zh_TW", "台灣", "Taiwan"}, {"zh_TW", "臺灣", "Taiwan"},
    {"zh_TW", "俄羅斯", "Russia"}, {"ja", "中華人民共和国", "China"},
    {"zh_CN", "中华人民共和国", "China"},
};
// clang-format on

} // namespace

std::span<const LocalAlias> country_short_names() { return kShortNames; }

} // namespace news::lists
