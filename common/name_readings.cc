#include "common/name_readings.hh"

#include <algorithm>

#include "common/ascii.hh"
#include "common/transliteration.hh"
#include "common/utf8.hh"

namespace news {
namespace {

constexpr const char* kKatakanaReading = "Katakana-Latin; Latin-ASCII; Lower";
constexpr const char* kPinyin = "Han-Latin; Latin-ASCII; Lower";
constexpr std::size_t kMinKey = 2; // shorter keys match too much

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c) && c != 'y'; }

// The sound class of the letter at `at` of a lowercase word, and how many letters it takes.
std::pair<char, std::size_t> sound_at(std::string_view word, std::size_t at) {
  const std::string_view rest = word.substr(at);
  const char next = rest.size() > 1 ? rest[1] : '\0';
  if (rest.starts_with("tch")) return {'t', 3};
  if (rest.starts_with("ch") || rest.starts_with("ts")) return {'t', 2}; // チ ti, ツ tu
  if (rest.starts_with("sh")) return {'s', 2};
  if (rest.starts_with("ph")) return {'f', 2};
  if (rest.starts_with("ck")) return {'k', 2};
  if (rest.starts_with("dj")) return {'d', 2};
  switch (rest[0]) {
  case 'c':
    return {next == 'e' || next == 'i' || next == 'y' ? 's' : 'k', 1};
  case 'q':
    return {'k', 1};
  case 'j':
    return {'d', 1}; // ジ is di as well as ji
  case 'l':
    return {'r', 1};
  case 'v':
  case 'w':
    return {is_consonant(next) ? '\0' : 'b', 1}; // ヴラ, ウラ: `vla` read `ura`
  case 'b':
    return {'b', 1};
  case 'n':
    return {next == 'p' || next == 'b' ? 'm' : 'n', 1}; // トランプ toranpu: Trump
  default:
    return {is_consonant(rest[0]) ? rest[0] : '\0', 1};
  }
}

std::vector<std::string> words_of(std::string_view name, std::string_view separators) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t at = 0; at <= name.size();) {
    const Utf8Character c = at < name.size() ? utf8_character_at(name, at) : Utf8Character{' ', 1};
    const std::string_view text = name.substr(at, std::max<std::size_t>(c.size, 1));
    if (at == name.size() || separators.find(text) != std::string_view::npos || text == " ") {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += text;
    }
    at += std::max<std::size_t>(c.size, 1);
  }
  return words;
}

} // namespace

std::string japanese_sound_key(std::string_view latin) {
  std::string word;
  for (char c : latin)
    if (c >= 'A' && c <= 'Z')
      word += static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z')
      word += c;
  std::string key;
  for (std::size_t at = 0; at < word.size();) {
    const auto [sound, length] = sound_at(word, at);
    if (sound != '\0' && (key.empty() || key.back() != sound)) key += sound; // ッ doubles
    at += length;
  }
  return key;
}

std::optional<std::string> latin_match_of_katakana(std::string_view katakana,
                                                   const std::vector<std::string>& known) {
  std::vector<std::string> keys;
  for (const std::string& part : words_of(katakana, "・･·"))
    keys.push_back(japanese_sound_key(icu_transliteration(kKatakanaReading, part)));
  if (keys.empty() || std::any_of(keys.begin(), keys.end(),
                                  [](const std::string& key) { return key.size() < kMinKey; }))
    return std::nullopt;
  std::optional<std::string> match;
  for (const std::string& name : known) {
    const std::vector<std::string> words = words_of(name, "-");
    if (words.empty() || (keys.size() > 1 && words.size() != keys.size())) continue;
    const std::size_t first = words.size() - keys.size();
    bool same = true;
    for (std::size_t i = 0; i < keys.size() && same; ++i)
      same = japanese_sound_key(words[first + i]) == keys[i];
    if (!same) continue;
    if (match && *match != name) {
      // `Putin` and `Vladimir Putin`: the longer; two different people: neither.
      if (match->ends_with(name)) continue;
      if (!name.ends_with(*match)) return std::nullopt;
    }
    match = name;
  }
  return match;
}

std::string pinyin_name(std::string_view han) {
  std::string surname, given;
  for (std::size_t at = 0; at < han.size();) {
    const Utf8Character c = utf8_character_at(han, at);
    const std::size_t size = std::max<std::size_t>(c.size, 1);
    std::string reading = icu_transliteration(kPinyin, han.substr(at, size));
    std::erase(reading, ' ');
    (at == 0 ? surname : given) += reading;
    at += size;
  }
  return given.empty() ? ascii_capitalised(surname)
                       : ascii_capitalised(surname) + " " + ascii_capitalised(given);
}

} // namespace news
