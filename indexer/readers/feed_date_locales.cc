#include "indexer/readers/feed_date_locales.hh"

#include <array>
#include <cctype>
#include <vector>

#include <fmt/core.h>

namespace news {
namespace {

struct Word {
  std::string_view local;
  std::string_view english;
};

// feedparser's tables (datetimes/greek.py, hungarian.py).
constexpr std::array<Word, 38> kWords = {{
    {"Ιαν", "Jan"},     {"Φεβ", "Feb"},      {"Μάώ", "Mar"},       {"Μαώ", "Mar"},
    {"Απρ", "Apr"},     {"Μάι", "May"},      {"Μαϊ", "May"},       {"Μαι", "May"},
    {"Ιούν", "Jun"},    {"Ιον", "Jun"},      {"Ιούλ", "Jul"},      {"Ιολ", "Jul"},
    {"Αύγ", "Aug"},     {"Αυγ", "Aug"},      {"Σεπ", "Sep"},       {"Οκτ", "Oct"},
    {"Νοέ", "Nov"},     {"Νοε", "Nov"},      {"Δεκ", "Dec"},       {"Κυρ", "Sun"},
    {"Δευ", "Mon"},     {"Τρι", "Tue"},      {"Τετ", "Wed"},       {"Πεμ", "Thu"},
    {"Παρ", "Fri"},     {"Σαβ", "Sat"},      {"január", "01"},     {"februári", "02"},
    {"március", "03"},  {"április", "04"},   {"máujus", "05"},     {"június", "06"},
    {"július", "07"},   {"augusztus", "08"}, {"szeptember", "09"}, {"október", "10"},
    {"november", "11"}, {"december", "12"},
}};

constexpr std::string_view kKoreanAm = "오전", kKoreanPm = "오후";
constexpr std::string_view kKoreanYear = "년", kKoreanMonth = "월", kKoreanDay = "일";

// A letter of a word: ASCII letters and every byte of a non-ASCII character.
bool is_word_byte(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// Greek and Hungarian names replaced; nullopt when there were none.
std::optional<std::string> names_in_english(std::string_view text) {
  std::string out;
  bool replaced = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word_byte(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_byte(text[end]))
      ++end;
    const std::string_view word = text.substr(i, end - i);
    std::string_view english = word;
    for (const Word& known : kWords)
      if (word == known.local) english = known.english;
    replaced = replaced || english.data() != word.data();
    out += english;
    i = end;
  }
  if (!replaced) return std::nullopt;
  return out;
}

std::vector<std::string_view> spaced_words(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < text.size();) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])))
      ++end;
    words.push_back(text.substr(i, end - i));
    i = end;
  }
  return words;
}

bool digits_then(std::string_view word, std::size_t digits, std::string_view suffix) {
  if (word.size() != digits + suffix.size() || !word.ends_with(suffix)) return false;
  for (std::size_t i = 0; i < digits; ++i)
    if (!std::isdigit(static_cast<unsigned char>(word[i]))) return false;
  return true;
}

// `2004년 05월 28일 01:31:15` and `2004-05-25 오후 11:23:17`, in Korean time.
std::optional<std::string> korean_date(std::string_view text) {
  const std::vector<std::string_view> w = spaced_words(text);
  if (w.size() == 4 && digits_then(w[0], 4, kKoreanYear) && digits_then(w[1], 2, kKoreanMonth) &&
      digits_then(w[2], 2, kKoreanDay))
    return fmt::format("{}-{}-{}T{}+09:00", w[0].substr(0, 4), w[1].substr(0, 2), w[2].substr(0, 2),
                       w[3]);
  if (w.size() != 3 || (w[1] != kKoreanAm && w[1] != kKoreanPm)) return std::nullopt;
  const std::size_t colon = w[2].find(':');
  if (colon == 0 || colon > 2) return std::nullopt;
  for (std::size_t i = 0; i < colon; ++i)
    if (!std::isdigit(static_cast<unsigned char>(w[2][i]))) return std::nullopt;
  int hour = std::stoi(std::string(w[2].substr(0, colon)));
  if (w[1] == kKoreanPm && hour < 12) hour += 12;
  if (w[1] == kKoreanAm && hour == 12) hour = 0;
  return fmt::format("{}T{:02}{}+09:00", w[0], hour, w[2].substr(colon));
}

} // namespace

std::optional<std::string> date_in_english(std::string_view text) {
  if (std::optional<std::string> korean = korean_date(text)) return korean;
  return names_in_english(text);
}

} // namespace news
