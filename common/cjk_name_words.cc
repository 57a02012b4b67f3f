#include "common/cjk_name_words.hh"

#include <algorithm>
#include <array>

namespace news {
namespace {

constexpr std::array<std::string_view, 44> kKatakanaCommonNouns = {
    "スタッフ",     "ファン",     "メンバー",   "ゲスト",       "ドライバー",   "オーナー",
    "マネージャー", "コーチ",     "ママ",       "パパ",         "ボス",         "ヒーロー",
    "ライバル",     "パートナー", "リーダー",   "キャスター",   "アナウンサー", "タレント",
    "アイドル",     "モデル",     "シェフ",     "ガイド",       "ユーザー",     "プレーヤー",
    "プレイヤー",   "ファミリー", "サポーター", "ボランティア", "ホスト",       "ナース",
    "パイロット",   "ヘルパー",   "ベテラン",   "ルーキー",     "エース",       "キャプテン",
    "チーム",       "クラブ",     "ペット",     "カップル",     "ベビー",       "シッター",
    "オペレーター", "スター"};

// The abbreviations of countries and continents Chinese joins into pairs (中美, 中非, 中日).
constexpr std::string_view kPlaceAbbreviations = "中美日俄英法德韩韓朝非欧歐澳印越";

// The most common Chinese surnames (one character), in simplified and traditional forms.
constexpr std::string_view kChineseSurnames =
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭"
    "曾肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹"
    "鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴武戴莫孔汤湯习習温溫胡";

// Chinese characters that end or start a sentence's words around a name:
// particles, common verbs and time words, never in a transliterated name.
constexpr std::string_view kParticles =
    "的在和与與及是说說称稱对對将將于於已也就向并並但而被把从從为為了会會曾等今昨日月年时時"
    "后後前由让讓给給同跟以即又再还還都则則指问問访訪到来來去表示周星期上下午";

constexpr std::array<std::string_view, 32> kOrganisationSuffixes = {
    "株式会社", "委员会", "委員会", "委員會", "研究院", "研究所", "基金会", "基金會",
    "协会",     "協会",   "協會",   "集团",   "集團",   "公司",   "银行",   "銀行",
    "大学",     "大學",   "联盟",   "聯盟",   "组织",   "組織",   "法院",   "議会",
    "议会",     "議會",   "新聞",   "新闻社", "通信社", "電視台", "电视台", "党"};

bool one_character_of(std::string_view characters, std::string_view character) {
  if (character.empty() || static_cast<unsigned char>(character[0]) < 0x80) return false;
  for (std::size_t at = characters.find(character); at != std::string_view::npos;
       at = characters.find(character, at + 1))
    if (at % 3 == 0) return true; // the lists are of three-byte characters
  return false;
}

} // namespace

bool is_katakana_common_noun(std::string_view word) {
  return std::find(kKatakanaCommonNouns.begin(), kKatakanaCommonNouns.end(), word) !=
         kKatakanaCommonNouns.end();
}

bool is_place_abbreviation(std::string_view character) {
  return one_character_of(kPlaceAbbreviations, character);
}

bool is_chinese_surname(std::string_view character) {
  return one_character_of(kChineseSurnames, character);
}

bool is_chinese_particle(std::string_view character) {
  return one_character_of(kParticles, character);
}

std::span<const std::string_view> cjk_organisation_suffixes() { return kOrganisationSuffixes; }

} // namespace news
