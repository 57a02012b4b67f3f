#include "common/cjk_entities.hh"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/city_names.hh"
#include "common/cjk_characters.hh"
#include "common/cjk_name_words.hh"
#include "common/cjk_organisations.hh"
#include "common/country_names.hh"
#include "common/entity_aliases.hh"
#include "common/gazetteer.hh"
#include "common/mo_catalog.hh"
#include "common/name_readings.hh"
#include "common/script_text.hh"
#include "common/utf8.hh"

namespace news {

namespace cjk {
std::vector<Char> characters(std::string_view text) {
  std::vector<Char> chars;
  for (std::size_t at = 0; at < text.size();) {
    const Utf8Character c = utf8_character_at(text, at);
    chars.push_back({c.code, at, c.size});
    at += std::max<std::size_t>(c.size, 1);
  }
  return chars;
}
} // namespace cjk

namespace {

using namespace cjk;

constexpr const char* kSubdivisionsJson = "/usr/share/iso-codes/json/iso_3166-2.json";
constexpr const char* kLocaleDirectory = "/usr/share/locale";
constexpr std::array<const char*, 4> kSubdivisionLanguages = {"ja", "zh_CN", "zh_TW", "zh_HK"};
// iso_3166-2's local names whose English name news uses (en's catalogue has the others:
// Bayern -> Bavaria).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kExonyms = {{
    {"Moskva", "Moscow"},
    {"Sankt-Peterburg", "Saint Petersburg"},
    {"Kyïv", "Kyiv"},
    {"Kyiv", "Kyiv"},
    {"Wien", "Vienna"},
    {"Roma", "Rome"},
}};
constexpr std::size_t kMinNameChars = 2;
constexpr std::size_t kMaxPartChars = 6;   // of one part of a Chinese interpunct name
constexpr std::size_t kMaxKanjiName = 4;   // a Japanese name in kanji: 2 to 4 of them
constexpr std::size_t kMaxPlaceChars = 12; // longer names are not looked for

using Titles = std::span<const std::string_view>;

bool is_particle(const Char& c, std::string_view text) {
  return is_chinese_particle(text.substr(c.offset, c.size));
}

// The title of `titles` `chars[at...]` starts with, as its length in characters (0: none).
std::size_t title_at(const std::vector<Char>& chars, std::size_t at, std::string_view text,
                     Titles titles = cjk_titles()) {
  for (std::string_view title : titles) {
    std::size_t i = at, bytes = 0;
    while (i < chars.size() && bytes < title.size() &&
           text.substr(chars[i].offset, chars[i].size) == title.substr(bytes, chars[i].size)) {
      bytes += chars[i].size;
      ++i;
    }
    if (bytes == title.size()) return i - at;
  }
  return 0;
}

class CjkPlaces {
public:
  static const CjkPlaces& instance() {
    static const CjkPlaces places;
    return places;
  }

  const std::string* find(std::string_view name) const {
    const auto it = names_.find(std::string(name));
    return it == names_.end() ? nullptr : &it->second;
  }

private:
  CjkPlaces() {
    CountryNames::instance().for_each(
        [this](const std::string& name, const std::string& canonical) { add(name, canonical); });
    add_subdivisions(Gazetteer::instance());
    CityNames::instance().for_each( // 莫斯科, モスクワ -> Moscow
        [this](const std::string& name, const std::string& canonical) { add(name, canonical); });
  }

  // The subdivisions whose English name (`Tokyo`, `Beijing Shi`, `London, City of`: the
  // words before a comma, else the first word) the gazetteer knows, under its canonical name.
  void add_subdivisions(const Gazetteer& gazetteer) {
    std::ifstream file(kSubdivisionsJson);
    const nlohmann::json list = nlohmann::json::parse(file, nullptr, false);
    if (!list.is_object() || !list.contains("3166-2") || !list["3166-2"].is_array()) return;
    std::unordered_map<std::string, std::string> english, exonyms;
    for (const auto& [msgid, translation] :
         read_mo_catalog(std::string(kLocaleDirectory) + "/en/LC_MESSAGES/iso_3166-2.mo"))
      exonyms.emplace(msgid, translation);
    for (const auto& [local, exonym] : kExonyms)
      exonyms[std::string(local)] = std::string(exonym);
    for (const nlohmann::json& entry : list["3166-2"]) {
      if (!entry.is_object()) continue;
      const std::string name = entry.value("name", "");
      const auto exonym = exonyms.find(name);
      const std::string in_english = exonym == exonyms.end() ? name : exonym->second;
      std::string base = in_english.substr(0, in_english.find(','));
      std::optional<std::string> canonical = gazetteer.place(base);
      if (!canonical) canonical = gazetteer.place(base.substr(0, base.find(' ')));
      if (canonical) english.emplace(name, *canonical);
    }
    for (const char* language : kSubdivisionLanguages)
      for (const auto& [msgid, translation] : read_mo_catalog(
               std::string(kLocaleDirectory) + "/" + language + "/LC_MESSAGES/iso_3166-2.mo"))
        if (const auto it = english.find(msgid); it != english.end()) {
          const std::string name = translation.substr(0, translation.find(" ("));
          add(name, it->second);
          add(without_suffix(name), it->second); // 北京市 -> 北京, 巴黎省 -> 巴黎
        }
  }

  static std::string without_suffix(const std::string& name) {
    for (std::string_view suffix : {"市", "省", "都", "府", "県", "县", "縣", "州", "区", "區"})
      if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
    return name;
  }

  void add(const std::string& name, const std::string& canonical) {
    const std::vector<Char> chars = characters(name);
    if (chars.size() < kMinNameChars || chars.size() > kMaxPlaceChars) return;
    if (!std::all_of(chars.begin(), chars.end(), [](const Char& c) { return is_cjk(c.code); }))
      return;
    names_.emplace(name, canonical); // the first canonical wins
  }

  std::unordered_map<std::string, std::string> names_;
};

class CjkText {
public:
  CjkText(std::string_view text, Entities& entities, const std::vector<std::string>& known)
      : text_(text), chars_(characters(text)), entities_(entities), places_(CjkPlaces::instance()),
        known_(known) {
    japanese_ = std::any_of(chars_.begin(), chars_.end(), [](const Char& c) {
      return is_hiragana(c.code) || is_katakana(c.code);
    });
  }

  void find_places() {
    for (std::size_t i = 0; i < chars_.size();) {
      const std::size_t length = place_at(i);
      if (length > 0)
        entities_.add(EntityKind::Place, *places_.find(span(i, i + length)), span(i, i + length));
      i += std::max<std::size_t>(length, 1);
    }
  }

  void find_people() {
    for (std::size_t i = 0; i < chars_.size(); ++i) {
      if (is_interpunct(chars_[i].code)) interpunct_name(i);
      if (is_katakana(chars_[i].code) && (i == 0 || !is_katakana(chars_[i - 1].code)))
        katakana_name(i);
      if (japanese_ && is_han(chars_[i].code) && (i == 0 || !is_han(chars_[i - 1].code)))
        kanji_name(i);
      if (!japanese_ && is_han(chars_[i].code) && is_chinese_surname(span(i, i + 1)))
        titled_chinese_name(i);
    }
  }

private:
  std::string span(std::size_t begin, std::size_t end) const {
    return std::string(span_of(text_, chars_, begin, end));
  }

  // The length of the longest place name at `i`; a katakana one is a whole katakana word.
  std::size_t place_at(std::size_t i) const {
    if (!is_cjk(chars_[i].code)) return 0;
    std::size_t run = i;
    while (run < chars_.size() && run - i < kMaxPlaceChars && is_cjk(chars_[run].code))
      ++run;
    for (std::size_t end = run; end >= i + kMinNameChars; --end) {
      if (!places_.find(span(i, end))) continue;
      const bool katakana = is_katakana(chars_[i].code) && is_katakana(chars_[end - 1].code);
      const bool inside_word = (i > 0 && is_katakana(chars_[i - 1].code)) ||
                               (end < chars_.size() && is_katakana(chars_[end].code));
      if (katakana && inside_word) continue;
      if (abbreviation_pair(i, end)) continue; // 中非 in 中非合作
      return end - i;
    }
    return 0;
  }

  // Two one-character abbreviations of places (中非) followed by a Han character: a
  // compound of the two places (中非合作, China-Africa cooperation), not the country.
  bool abbreviation_pair(std::size_t begin, std::size_t end) const {
    return end == begin + 2 && end < chars_.size() && is_han(chars_[end].code) &&
           is_place_abbreviation(span(begin, begin + 1)) &&
           is_place_abbreviation(span(begin + 1, end));
  }

  bool is_place(std::size_t begin, std::size_t end) const {
    return places_.find(span(begin, end)) != nullptr;
  }

  std::size_t katakana_end(std::size_t i) const {
    while (i < chars_.size() && is_katakana(chars_[i].code))
      ++i;
    return i;
  }

  // A Chinese part of a name ends at a title, a particle or a character not Han.
  std::size_t han_part_end(std::size_t i) const {
    const std::size_t start = i;
    while (i < chars_.size() && is_han(chars_[i].code) && !is_particle(chars_[i], text_) &&
           title_at(chars_, i, text_) == 0 && i - start < kMaxPartChars)
      ++i;
    return i;
  }

  // A Chinese part before the first interpunct starts after a title, a particle or a place.
  std::size_t han_part_start(std::size_t end) const {
    std::size_t begin = end;
    while (begin > 0 && is_han(chars_[begin - 1].code) && !is_particle(chars_[begin - 1], text_))
      --begin;
    for (std::size_t at = begin; at < end; ++at)
      if (const std::size_t title = title_at(chars_, at, text_); title > 0 && at + title <= end)
        begin = at + title;
    for (std::size_t at = end - std::min(end - begin, kMaxPlaceChars); at < end; ++at)
      for (std::size_t stop = at + kMinNameChars; stop <= end; ++stop)
        if (is_place(at, stop)) begin = std::max(begin, stop);
    return end - begin > kMaxPartChars ? end : begin;
  }

  // 弗拉基米尔·普京, ウラジーミル・プーチン: the first interpunct of the name at `dot`.
  void interpunct_name(std::size_t dot) {
    if (dot == 0 || dot < dot_seen_) return; // a later interpunct of a name seen
    dot_seen_ = dot + 1;
    const bool katakana = is_katakana(chars_[dot - 1].code);
    if (!katakana && !is_han(chars_[dot - 1].code)) return;
    std::size_t begin = dot;
    if (katakana)
      while (begin > 0 && is_katakana(chars_[begin - 1].code))
        --begin;
    else
      begin = han_part_start(dot);
    if (begin == dot || (begin > 0 && is_interpunct(chars_[begin - 1].code))) return;
    std::size_t end = dot;
    bool names_place = is_place(begin, dot);
    while (end < chars_.size() && is_interpunct(chars_[end].code)) {
      const std::size_t part = end + 1;
      const std::size_t part_end = katakana ? katakana_end(part) : han_part_end(part);
      if (part_end == part) return;
      names_place = names_place || is_place(part, part_end);
      end = part_end;
    }
    dot_seen_ = end;
    if (names_place) return;
    if (katakana)
      add_katakana_person(begin, end);
    else
      entities_.add(EntityKind::Person, span(begin, end));
  }

  // プーチン大統領, スミスさん: a katakana word (not a place) before a title.
  void katakana_name(std::size_t begin) {
    const std::size_t end = katakana_end(begin);
    if (end - begin < kMinNameChars || end >= chars_.size()) return;
    if (begin > 0 && is_interpunct(chars_[begin - 1].code)) return; // a part of a longer name
    if (is_interpunct(chars_[end].code)) return;
    // オバマ米大統領, メルケル独首相: a country's abbreviation may come between.
    const bool country =
        end + 1 < chars_.size() && is_japanese_country_abbreviation(span(end, end + 1));
    if (title_at(chars_, end + (country ? 1 : 0), text_, katakana_honorifics()) == 0 ||
        is_place(begin, end))
      return;
    if (is_katakana_common_noun(span(begin, end))) return; // スタッフさん
    add_katakana_person(begin, end);
  }

  // Under the known Latin name it reads as (プーチン: Vladimir Putin), else as it is.
  void add_katakana_person(std::size_t begin, std::size_t end) {
    const std::string name = span(begin, end);
    const std::optional<std::string> latin = latin_match_of_katakana(name, known_);
    entities_.add(EntityKind::Person, latin ? *latin : name, name);
  }

  // Whether a name may start at `i`: after a character not Han, a particle or a title.
  bool name_may_start(std::size_t i) const {
    if (i == 0 || !is_han(chars_[i - 1].code) || is_particle(chars_[i - 1], text_)) return true;
    for (std::size_t length = 1; length <= 4 && length <= i; ++length)
      if (title_at(chars_, i - length, text_) == length) return true;
    return false;
  }

  // 国家主席习近平表示, 李强总理: a Chinese surname and one or two characters (no particle)
  // next to a title, before it or after it; not a place (马里总统 is Mali's).
  void titled_chinese_name(std::size_t begin) {
    if (begin < dot_seen_ || !name_may_start(begin)) return;
    const bool after_title =
        begin > 0 && is_han(chars_[begin - 1].code) && !is_particle(chars_[begin - 1], text_);
    for (std::size_t end = std::min(begin + 3, chars_.size()); end >= begin + 2; --end) {
      bool plain = true;
      for (std::size_t at = begin + 1; at < end; ++at)
        plain = plain && is_han(chars_[at].code) && !is_particle(chars_[at], text_) &&
                title_at(chars_, at, text_) == 0;
      if (!plain) continue;
      const bool title_follows = end < chars_.size() && title_at(chars_, end, text_) > 0;
      const bool name_ends = end == chars_.size() || !is_han(chars_[end].code) ||
                             is_particle(chars_[end], text_) || title_follows;
      if (!(title_follows || (after_title && name_ends))) continue;
      for (std::size_t stop = begin + kMinNameChars; stop <= end; ++stop)
        if (is_place(begin, stop)) return;
      entities_.add(EntityKind::Person, pinyin_name(span(begin, end)), span(begin, end));
      return;
    }
  }

  // 岸田首相, 安倍晋三氏: two to four kanji after a character that is not one, then a title.
  void kanji_name(std::size_t begin) {
    for (std::size_t end = begin; end < chars_.size() && end - begin <= kMaxKanjiName; ++end) {
      const std::size_t title =
          end - begin >= kMinNameChars ? title_at(chars_, end, text_, kanji_honorifics()) : 0;
      if (title > 0) {
        bool starts_with_place = false;
        for (std::size_t stop = begin + kMinNameChars; stop <= end; ++stop)
          starts_with_place = starts_with_place || is_place(begin, stop);
        const std::size_t after = end + title;
        const bool whole = after >= chars_.size() || !is_han(chars_[after].code);
        if (!starts_with_place && whole) entities_.add(EntityKind::Person, span(begin, end));
        return;
      }
      if (!is_han(chars_[end].code)) return;
    }
  }

  std::string_view text_;
  std::vector<Char> chars_;
  Entities& entities_;
  const CjkPlaces& places_;
  const std::vector<std::string>& known_; // Latin names of people (name_readings.hh)
  bool japanese_ = false;
  std::size_t dot_seen_ = 0; // the end of the last interpunct name
};

} // namespace

bool has_cjk(std::string_view utf8) {
  for (std::size_t at = 0; at < utf8.size();) {
    if (static_cast<unsigned char>(utf8[at]) < 0xE1) { // below U+1000: no CJK
      ++at;
      continue;
    }
    const Utf8Character c = utf8_character_at(utf8, at);
    if (is_cjk(c.code)) return true;
    at += std::max<std::size_t>(c.size, 1);
  }
  return false;
}

std::optional<std::string> cjk_place(std::string_view name) {
  if (const std::string* canonical = CjkPlaces::instance().find(name)) return *canonical;
  return std::nullopt;
}

void add_cjk_entities(const Article& article, Entities& entities) {
  // The Latin names a katakana name may be, gathered for an article with CJK text only.
  std::optional<std::vector<std::string>> known;
  for (const std::string* text : {&article.title, &article.dateline, &article.body}) {
    if (!has_cjk(*text)) continue;
    if (!known) {
      known = EntityAliases::user().canonical_names(EntityKind::Person);
      for (const std::string& name : entities.of(EntityKind::Person))
        if (!has_non_latin_letters(name)) known->push_back(name);
    }
    CjkText cjk(*text, entities, *known);
    cjk.find_people();
    cjk.find_places();
    add_cjk_organisations(*text, entities);
  }
}

} // namespace news
