#include "common/date.hh"

#include "common/ascii.hh"
#include "common/month_names.hh"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

#include <fmt/core.h>

namespace news {
namespace {

using namespace std::chrono;

// A tiny cursor over the input; every reader returns false and leaves the
// position unspecified on mismatch, so each whole form is tried from the start.
struct Cursor {
  std::string_view text;
  size_t pos = 0;

  bool done() const { return pos >= text.size(); }
  char peek() const { return done() ? '\0' : text[pos]; }
  bool accept(char c) {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  void skip_spaces() {
    while (!done() && std::isspace(static_cast<unsigned char>(text[pos])))
      ++pos;
  }
  // Reads between min_digits and max_digits decimal digits.
  bool number(int& out, size_t min_digits, size_t max_digits) {
    size_t start = pos;
    out = 0;
    while (!done() && pos - start < max_digits &&
           std::isdigit(static_cast<unsigned char>(text[pos]))) {
      out = out * 10 + (text[pos] - '0');
      ++pos;
    }
    return pos - start >= min_digits;
  }
  // Letters, also those of other scripts (`März`, `марта`: every byte of a non-ASCII character).
  std::string_view word() {
    size_t start = pos;
    while (!done() && (std::isalpha(static_cast<unsigned char>(text[pos])) ||
                       static_cast<unsigned char>(text[pos]) >= 0x80))
      ++pos;
    return text.substr(start, pos - start);
  }
  // A word between a date's parts (`de`, `г.`), if one comes next.
  void skip_filler() {
    const size_t save = pos;
    skip_spaces();
    if (is_date_filler(word())) {
      accept('.');
      skip_spaces();
      return;
    }
    pos = save;
  }
};

// Month from an English name or its three-letter abbreviation; 0 if none.
unsigned month_from_name(std::string_view name) {
  static constexpr std::array<std::string_view, 12> names = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (name.size() < 3) return 0;
  for (unsigned i = 0; i < names.size(); ++i) {
    if (iequals(name, names[i]) || iequals(name, names[i].substr(0, 3)) ||
        (name.size() == 4 && iequals(name, "sept") && i == 8))
      return i + 1;
  }
  return month_from_local_name(name); // `März`, `mars`, `marzo`, `марта`
}

// Time of day `HH:MM[:SS[.fraction]]`.
bool read_time(Cursor& c, seconds& out) {
  int h = 0, m = 0, s = 0;
  if (!c.number(h, 1, 2) || !c.accept(':') || !c.number(m, 2, 2)) return false;
  if (c.accept(':')) {
    if (!c.number(s, 2, 2)) return false;
    if (c.accept('.') || c.accept(',')) {
      int ignored = 0;
      if (!c.number(ignored, 1, 9)) return false;
    }
  }
  if (h > 23 || m > 59 || s > 60) return false;
  out = hours{h} + minutes{m} + seconds{s};
  return true;
}

// Zone offset east of UTC: `Z`, `+03:00`, `+0300`, `+03`, `GMT`, `UTC`, `EST`...
// Absent zone means UTC.
bool read_zone(Cursor& c, seconds& offset) {
  offset = seconds{0};
  c.skip_spaces();
  if (c.done()) return true;
  if (c.accept('Z') || c.accept('z')) return true;
  char sign = c.peek();
  if (sign == '+' || sign == '-') {
    ++c.pos;
    int h = 0, m = 0;
    if (!c.number(h, 2, 2)) return false;
    c.accept(':');
    if (!c.done() && std::isdigit(static_cast<unsigned char>(c.peek())) && !c.number(m, 2, 2))
      return false;
    if (h > 23 || m > 59) return false;
    offset = hours{h} + minutes{m};
    if (sign == '-') offset = -offset;
    return true;
  }
  struct Zone {
    std::string_view name;
    int hours_east;
  };
  // The zone names RFC 2822 defines.
  static constexpr std::array<Zone, 11> zones = {{{"GMT", 0},
                                                  {"UTC", 0},
                                                  {"UT", 0},
                                                  {"EST", -5},
                                                  {"EDT", -4},
                                                  {"CST", -6},
                                                  {"CDT", -5},
                                                  {"MST", -7},
                                                  {"MDT", -6},
                                                  {"PST", -8},
                                                  {"PDT", -7}}};
  std::string_view name = c.word();
  for (const Zone& zone : zones) {
    if (iequals(name, zone.name)) {
      offset = hours{zone.hours_east};
      return true;
    }
  }
  return false;
}

std::optional<Date> combine(int year, unsigned month, unsigned day, seconds time_of_day,
                            seconds zone_offset) {
  auto midnight = Date::from_civil(year, month, day);
  if (!midnight) return std::nullopt;
  const Date date{midnight->time + time_of_day - zone_offset};
  if (!is_plausible(date)) return std::nullopt; // a zone took it out of the years
  return date;
}

// Optional trailing `[T| ]HH:MM[:SS] [zone]` after a calendar day.
std::optional<Date> finish(Cursor& c, int year, unsigned month, unsigned day) {
  seconds time_of_day{0}, offset{0};
  if (!c.done()) {
    if (!(c.accept('T') || c.accept('t'))) c.skip_spaces();
    if (!c.done() && !read_time(c, time_of_day)) return std::nullopt;
    if (!read_zone(c, offset)) return std::nullopt;
    c.skip_spaces();
    if (!c.done()) return std::nullopt;
  }
  return combine(year, month, day, time_of_day, offset);
}

// 2024-05-07[...]
std::optional<Date> parse_iso(Cursor c) {
  int y = 0, m = 0, d = 0;
  if (!c.number(y, 4, 4) || !c.accept('-') || !c.number(m, 2, 2) || !c.accept('-') ||
      !c.number(d, 2, 2))
    return std::nullopt;
  return finish(c, y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

// [Tue, ]07 May 2024[ time zone] and 07-May-1987[ time]
std::optional<Date> parse_day_month_year(Cursor c) {
  size_t save = c.pos;
  std::string_view weekday = c.word();
  if (!weekday.empty()) {
    // `Tue, 07 May`; other languages' weekdays also without the comma (`jeudi 28 mars`).
    if (!c.accept(',') && !is_weekday_name(weekday)) return std::nullopt;
    c.skip_spaces();
  } else {
    c.pos = save;
  }
  int d = 0, y = 0;
  if (!c.number(d, 1, 2)) return std::nullopt;
  bool dashed = c.accept('-');
  if (!dashed) {
    if (!c.accept('.') && c.text.substr(c.pos, 2) == "er") c.pos += 2; // `28. März`, `1er mars`
    c.skip_filler();                                                   // `28 de marzo`
    c.skip_spaces();
  }
  unsigned month = month_from_name(c.word());
  c.accept('.');
  if (month == 0) return std::nullopt;
  if (dashed) {
    if (!c.accept('-')) return std::nullopt;
  } else {
    c.skip_filler(); // `marzo de 2024`
    c.skip_spaces();
  }
  if (!c.number(y, 4, 4)) return std::nullopt;
  c.skip_filler(); // `2024 г.`, `2024 года`
  return finish(c, y, month, static_cast<unsigned>(d));
}

// May 7, 2024[ time]
std::optional<Date> parse_month_day_year(Cursor c) {
  unsigned month = month_from_name(c.word());
  if (month == 0) return std::nullopt;
  c.accept('.');
  c.skip_spaces();
  int d = 0, y = 0;
  if (!c.number(d, 1, 2)) return std::nullopt;
  c.accept(',');
  c.skip_spaces();
  if (!c.number(y, 4, 4)) return std::nullopt;
  return finish(c, y, month, static_cast<unsigned>(d));
}

// The first and the last second of the years a date may have.
constexpr long long kFirstSecond =
    sys_seconds{sys_days{year{kFirstYear} / January / 1}}.time_since_epoch().count();
constexpr long long kLastSecond =
    sys_seconds{sys_days{year{kLastYear + 1} / January / 1}}.time_since_epoch().count() - 1;

// Beyond this a Unix time is taken to be in milliseconds.
constexpr double kLargestSeconds = 1e11;

} // namespace

bool is_plausible(Date date) {
  return date.unix_seconds() >= kFirstSecond && date.unix_seconds() <= kLastSecond;
}

std::optional<Date> date_from_unix_time(double number) {
  if (!std::isfinite(number)) return std::nullopt;
  if (std::fabs(number) > kLargestSeconds) number /= 1000;
  number = std::floor(number);
  // Compared as doubles before the conversion, which is undefined out of range.
  if (number < static_cast<double>(kFirstSecond) || number > static_cast<double>(kLastSecond))
    return std::nullopt;
  return Date::from_unix_seconds(static_cast<long long>(number));
}

std::optional<Date> date_from_unix_time_text(std::string_view text) {
  text = trim(text);
  double number = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, number, std::chars_format::fixed);
  if (error != std::errc{} || stop != end) return std::nullopt;
  return date_from_unix_time(number);
}

std::optional<Date> Date::from_civil(int year, unsigned month, unsigned day) {
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return Date{sys_days{ymd}};
}

std::optional<Date> parse_date(std::string_view text) {
  Cursor c{trim(text)};
  if (c.done()) return std::nullopt;
  if (auto d = parse_iso(c)) return d;
  if (auto d = parse_day_month_year(c)) return d;
  return parse_month_day_year(c);
}

CivilDay civil_day(Date date) {
  year_month_day ymd{floor<days>(date.time)};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day())};
}

std::string format_day(Date date) {
  CivilDay d = civil_day(date);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string format_iso8601(Date date) {
  auto day_start = floor<days>(date.time);
  hh_mm_ss<seconds> t{date.time - day_start};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", format_day(date), t.hours().count(),
                     t.minutes().count(), t.seconds().count());
}

} // namespace news
