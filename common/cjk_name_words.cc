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

// Titles and honorifics around a name, longest first: where a Chinese name's part ends.
constexpr std::array<std::string_view, 50> kTitles = {
    "国家主席", "國家主席", "国務長官", "官房長官", "国务卿", "國務卿", "元大統領", "副大統領",
    "総書記",   "总书记",   "總書記",   "書記長",   "元首相", "大統領", "首相",     "総理",
    "大臣",     "外相",     "長官",     "議員",     "知事",   "市長",   "監督",     "選手",
    "主席",     "総統",     "会長",     "社長",     "教授",   "博士",   "総裁",     "容疑者",
    "被告",     "氏",       "さん",     "様",       "总统",   "總統",   "总理",     "總理",
    "外长",     "外長",     "部长",     "部長",     "先生",   "女士",   "议员",     "市长",
    "总裁",     "總裁"};

// What follows a Japanese name in katakana, and never a common noun (監督, 社長 can).
constexpr std::array<std::string_view, 20> kKatakanaHonorifics = {
    "国務長官", "元大統領", "副大統領", "総書記", "書記長", "元首相", "大統領",
    "首相",     "外相",     "長官",     "議員",   "主席",   "総統",   "教授",
    "博士",     "容疑者",   "被告",     "氏",     "さん",   "様"};

// What follows a Japanese name in kanji, and never the end of a compound word (外務大臣).
constexpr std::array<std::string_view, 8> kKanjiHonorifics = {
    "元大統領", "元首相", "大統領", "容疑者", "首相", "氏", "さん", "様"};

// The one-character abbreviations of countries Japanese puts between a name and its title
// (オバマ米大統領, メルケル独首相, プーチン露大統領).
constexpr std::string_view kJapaneseCountryAbbreviations = "米英仏独露中韓朝伊加豪印比台蘭西墨伯";

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

bool is_japanese_country_abbreviation(std::string_view character) {
  return one_character_of(kJapaneseCountryAbbreviations, character);
}

bool is_chinese_surname(std::string_view character) {
  return one_character_of(kChineseSurnames, character);
}

bool is_chinese_particle(std::string_view character) {
  return one_character_of(kParticles, character);
}

std::span<const std::string_view> cjk_organisation_suffixes() { return kOrganisationSuffixes; }
std::span<const std::string_view> cjk_titles() { return kTitles; }
std::span<const std::string_view> katakana_honorifics() { return kKatakanaHonorifics; }
std::span<const std::string_view> kanji_honorifics() { return kKanjiHonorifics; }

} // namespace news
