#include "indexer/readers/feed_date.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "common/ascii.hh"
#include "indexer/readers/feed_date_locales.hh"

namespace news {
namespace {

// A date is short; longer text is read by parse_date alone (bounded work).
constexpr std::size_t kLongestFeedDate = 100;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

bool all_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
}

// Words between white space and commas: `Fri,24 Nov` and `13 Feb, 2012` alike.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ',' && !std::isspace(static_cast<unsigned char>(text[i])))
      continue;
    if (i > start) words.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  return words;
}

bool is_day_name(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu",
                                                            "fri", "sat", "sun"};
  if (word.size() < 3 || !all_letters(word)) return false;
  const std::string head = to_lower(word.substr(0, 3));
  return std::find(kDays.begin(), kDays.end(), head) != kDays.end();
}

// `+HHMM` for an offset east of UTC in minutes.
std::string offset_text(int minutes_east) {
  const int magnitude = std::abs(minutes_east);
  return fmt::format("{}{:02}{:02}", minutes_east < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

// `+1`, `-05`, `+0530`, `-01:01`: sign, hours (one or two digits), minutes.
std::optional<int> signed_offset(std::string_view text) {
  if (text.empty() || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  std::string_view rest = text.substr(1);
  std::string_view hours = rest, minutes;
  if (const std::size_t colon = rest.find(':'); colon != std::string_view::npos) {
    hours = rest.substr(0, colon);
    minutes = rest.substr(colon + 1);
    if (!all_digits(minutes)) return std::nullopt;
  } else if (rest.size() == 4) {
    hours = rest.substr(0, 2);
    minutes = rest.substr(2);
  }
  // Minutes too: `+00\xd40` is four bytes, split as `00` and two that are no digits.
  if (!all_digits(hours) || hours.size() > 2 || minutes.size() > 2) return std::nullopt;
  if (!minutes.empty() && !all_digits(minutes)) return std::nullopt;
  const int h = std::stoi(std::string(hours));
  const int m = minutes.empty() ? 0 : std::stoi(std::string(minutes));
  return sign * (h * 60 + m);
}

// Zone names feedparser knows beyond RFC 2822's (whose names parse_date reads).
std::optional<int> named_zone_hours(std::string_view name) {
  struct Zone {
    std::string_view name;
    int hours_east;
  };
  static constexpr std::array<Zone, 23> kZones = {{
      {"ut", 0},  {"utc", 0},  {"gmt", 0},  {"z", 0},   {"adt", -3}, {"ast", -4},
      {"at", -4}, {"edt", -4}, {"est", -5}, {"et", -5}, {"cdt", -5}, {"cst", -6},
      {"ct", -6}, {"mdt", -6}, {"mst", -7}, {"mt", -7}, {"pdt", -7}, {"pst", -8},
      {"pt", -8}, {"met", 1},  {"mest", 2}, {"cet", 1}, {"cest", 2},
  }};
  for (const Zone& zone : kZones)
    if (name == zone.name) return zone.hours_east;
  // Military letters as RFC 822 gives them (feedparser's reading): A..I -1..-9,
  // K..M -10..-12, N..Y +1..+12; J is not a zone.
  if (name.size() == 1 && name[0] >= 'a' && name[0] <= 'y' && name[0] != 'j') {
    const char c = name[0];
    if (c <= 'i') return -(c - 'a' + 1);
    if (c <= 'm') return -(c - 'k' + 10);
    return c - 'n' + 1;
  }
  return std::nullopt;
}

// A zone word as parse_date reads it (`+HHMM`), or nullopt.
std::optional<std::string> zone_text(std::string_view word) {
  const std::string zone = to_lower(word);
  std::string_view name = zone;
  if (name.starts_with("etc/")) {
    // The tz database's Etc zones: `Etc/GMT-1` is one hour east (signs inverted).
    name.remove_prefix(4);
    if (name == "gmt" || name == "utc" || name == "uct" || name == "ut") return offset_text(0);
    if (!name.starts_with("gmt") || name.find(':') != std::string_view::npos) return std::nullopt;
    const std::optional<int> west = signed_offset(name.substr(3));
    if (!west || *west % 60 != 0) return std::nullopt;
    return offset_text(-*west);
  }
  for (std::string_view base : {"gmt", "utc"})
    if (name.size() > base.size() && name.starts_with(base)) {
      name.remove_prefix(base.size()); // `GMT+01:00`: the offset as written
      break;
    }
  if (std::optional<int> minutes = signed_offset(name)) return offset_text(*minutes);
  if (std::optional<int> hours = named_zone_hours(name)) return offset_text(*hours * 60);
  return std::nullopt;
}

// `H:M[:S]` as `HH:MM:SS`.
std::optional<std::string> time_text(std::string_view word) {
  std::array<int, 3> parts{};
  std::size_t count = 0;
  for (std::size_t start = 0; start <= word.size();) {
    std::size_t colon = word.find(':', start);
    if (colon == std::string_view::npos) colon = word.size();
    const std::string_view part = word.substr(start, colon - start);
    if (count == parts.size() || !all_digits(part) || part.size() > 2) return std::nullopt;
    parts[count++] = std::stoi(std::string(part));
    start = colon + 1;
  }
  if (count < 2) return std::nullopt;
  return fmt::format("{:02}:{:02}:{:02}", parts[0], parts[1], parts[2]);
}

bool looks_like_time(std::string_view word) { return word.find(':') != std::string_view::npos; }

// Two-digit years as feedparser reads them: 90..99 the 1990s, 00..89 2000..2089.
std::optional<int> full_year(std::string_view word) {
  if (!all_digits(word) || (word.size() != 2 && word.size() != 4)) return std::nullopt;
  const int year = std::stoi(std::string(word));
  if (word.size() == 4) return year;
  return year + (year < 90 ? 2000 : 1900);
}

// ` HH:MM:SS[ +HHMM]` for optional time and zone words; nullopt when either is bad.
std::optional<std::string> time_and_zone(std::string_view time, std::string_view zone) {
  if (time.empty()) return zone.empty() ? std::optional<std::string>("") : std::nullopt;
  std::optional<std::string> clock = time_text(time);
  if (!clock) return std::nullopt;
  std::string out = " " + *clock;
  if (zone.empty()) return out;
  std::optional<std::string> offset = zone_text(zone);
  if (!offset) return std::nullopt;
  return out + " " + *offset;
}

// `2006/09/15 08:19:53 EDT` (after a day name).
std::optional<Date> perforce_date(const std::vector<std::string_view>& w) {
  const std::string_view day = w[0];
  if (day.size() != 10 || day[4] != '/' || day[7] != '/' || w.size() > 3) return std::nullopt;
  const std::optional<std::string> rest =
      time_and_zone(w.size() > 1 ? w[1] : "", w.size() > 2 ? w[2] : "");
  if (!rest) return std::nullopt;
  std::string iso(day);
  std::replace(iso.begin(), iso.end(), '/', '-');
  return parse_date(iso + *rest);
}

// RFC 822 as feeds write it, asctime, and the month before the day.
std::optional<Date> rfc822_date(std::vector<std::string_view> w) {
  if (!w.empty() && is_day_name(w[0])) w.erase(w.begin());
  if (w.empty()) return std::nullopt;
  if (std::optional<Date> date = perforce_date(w)) return date;
  if (w.size() < 3 || w.size() > 5) return std::nullopt;
  std::string_view day = w[0], month = w[1];
  if (!all_digits(day)) std::swap(day, month);
  if (month.ends_with('.')) month.remove_suffix(1);
  if (!all_digits(day) || day.size() > 2 || !all_letters(month)) return std::nullopt;
  const std::vector<std::string_view> rest(w.begin() + 2, w.end());
  std::string_view year = rest[0], time, zone;
  if (rest.size() >= 2 && looks_like_time(rest[0])) { // asctime: the year last
    year = rest.back();
    time = rest[0];
    if (rest.size() == 3) zone = rest[1];
    if (year.size() != 4) return std::nullopt;
  } else {
    if (rest.size() > 1) time = rest[1];
    if (rest.size() > 2) zone = rest[2];
  }
  const std::optional<int> full = full_year(year);
  const std::optional<std::string> clock = time_and_zone(time, zone);
  if (!full || !clock) return std::nullopt;
  return parse_date(fmt::format("{} {} {}{}", day, month, *full, *clock));
}

// W3C-DTF's partial dates (`2003`, `2003-12`) and Google's `2003-012-31`.
std::optional<Date> w3cdtf_date(std::string_view text) {
  if (text.size() == 4 && all_digits(text)) return parse_date(std::string(text) + "-01-01");
  if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5)))
    return parse_date(std::string(text) + "-01");
  if (text.size() > 9 && text[4] == '-' && text[5] == '0' && all_digits(text.substr(6, 2)) &&
      text[8] == '-' && all_digits(text.substr(0, 4)))
    return parse_date(std::string(text.substr(0, 5)) + std::string(text.substr(6)));
  return std::nullopt;
}

// The number a group of digits spells (groups are at most 8 digits).
int number_of(std::string_view digits) { return std::stoi(std::string(digits)); }

// Day `ordinal` (1-based) of a year, or nullopt when the year has no such day.
std::optional<Date> day_of_year(int year, int ordinal) {
  const std::optional<Date> first = Date::from_civil(year, 1, 1);
  if (!first || ordinal < 1 || ordinal > 366) return std::nullopt;
  const Date date{first->time + std::chrono::days{ordinal - 1}};
  if (civil_day(date).year != year) return std::nullopt;
  return date;
}

// ISO 8601's other dates feedparser reads (a date alone): `20031231`, `031231`,
// `03-12-31`; a month, its first day: `-0312`, `-03-12`; a day of the year:
// `2003335`, `2003-335`, `03335`. Two-digit years as in RFC 822.
std::optional<Date> iso8601_date(std::string_view text) {
  if (text.empty() || text.find_first_not_of("0123456789-") != std::string_view::npos)
    return std::nullopt;
  const bool month_alone = text.front() == '-';
  if (month_alone) text.remove_prefix(1);
  std::string digits;
  std::vector<std::size_t> sizes;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t dash = text.find('-', start);
    if (dash == std::string_view::npos) dash = text.size();
    if (dash == start) return std::nullopt; // `--`, or a dash at the end
    digits += text.substr(start, dash - start);
    sizes.push_back(dash - start);
    start = dash + 1;
  }
  using Sizes = std::vector<std::size_t>;
  const std::string_view d = digits;
  if (month_alone) {
    if (sizes != Sizes{4} && sizes != Sizes{2, 2}) return std::nullopt;
    const std::optional<int> year = full_year(d.substr(0, 2));
    return Date::from_civil(*year, static_cast<unsigned>(number_of(d.substr(2))), 1);
  }
  if (sizes == Sizes{8})
    return Date::from_civil(number_of(d.substr(0, 4)),
                            static_cast<unsigned>(number_of(d.substr(4, 2))),
                            static_cast<unsigned>(number_of(d.substr(6))));
  if (sizes == Sizes{6} || sizes == Sizes{2, 2, 2})
    return Date::from_civil(*full_year(d.substr(0, 2)),
                            static_cast<unsigned>(number_of(d.substr(2, 2))),
                            static_cast<unsigned>(number_of(d.substr(4))));
  if (sizes == Sizes{7} || sizes == Sizes{4, 3})
    return day_of_year(number_of(d.substr(0, 4)), number_of(d.substr(4)));
  if (sizes == Sizes{5} || sizes == Sizes{2, 3})
    return day_of_year(*full_year(d.substr(0, 2)), number_of(d.substr(2)));
  return std::nullopt;
}

// Every form but those in other languages.
std::optional<Date> english_date(std::string_view text) {
  if (std::optional<Date> date = parse_date(text)) return date;
  text = trim(text);
  if (text.size() > kLongestFeedDate) return std::nullopt;
  if (std::optional<Date> date = w3cdtf_date(text)) return date;
  if (std::optional<Date> date = iso8601_date(text)) return date;
  return rfc822_date(words_of(text));
}

} // namespace

std::optional<Date> parse_feed_date(std::string_view text) {
  if (std::optional<Date> date = english_date(text)) return date;
  if (trim(text).size() > kLongestFeedDate) return std::nullopt;
  if (std::optional<std::string> english = date_in_english(trim(text)))
    return english_date(*english);
  return std::nullopt;
}

} // namespace news
