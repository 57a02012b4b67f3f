#include "indexer/path_date.hh"

#include <algorithm>
#include <cctype>
#include <vector>

namespace news {
namespace {

// Years of the compact form YYYYMMDD: eight digits are often a number of
// another kind (an id, a count); only these years are taken as a date.
constexpr int kFirstCompactYear = 1900;
constexpr int kLastCompactYear = 2099;

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The value of `text[pos, pos + n)` when all digits, else -1.
int digits_at(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Whether the digits `[pos, pos + n)` are not part of a longer run of digits.
bool stands_alone(std::string_view text, std::size_t pos, std::size_t n) {
  return (pos == 0 || !is_digit(text[pos - 1])) &&
         (pos + n >= text.size() || !is_digit(text[pos + n]));
}

std::optional<Date> day(int year, int month, int day_of_month) {
  if (year < 0 || month < 1 || day_of_month < 1) return std::nullopt;
  return Date::from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day_of_month));
}

// YYYY-MM-DD (or `_`, `.` between) or YYYYMMDD anywhere in one path component.
std::optional<Date> date_in_component(std::string_view part) {
  for (std::size_t pos = 0; pos + 8 <= part.size(); ++pos) {
    if (pos > 0 && is_digit(part[pos - 1])) continue;
    const int year = digits_at(part, pos, 4);
    if (year < 0) continue;
    if (pos + 10 <= part.size() && stands_alone(part, pos, 10)) {
      const char sep = part[pos + 4];
      if ((sep == '-' || sep == '_' || sep == '.') && part[pos + 7] == sep) {
        if (auto date = day(year, digits_at(part, pos + 5, 2), digits_at(part, pos + 8, 2)))
          return date;
      }
    }
    if (stands_alone(part, pos, 8) && year >= kFirstCompactYear && year <= kLastCompactYear) {
      if (auto date = day(year, digits_at(part, pos + 4, 2), digits_at(part, pos + 6, 2)))
        return date;
    }
  }
  return std::nullopt;
}

// A component that is a number of one or two digits (a month, a day).
int small_number(std::string_view part) {
  if (part.empty() || part.size() > 2) return -1;
  return digits_at(part, 0, part.size());
}

std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    if (slash > start) parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

} // namespace

std::optional<Date> date_from_path(std::string_view path) {
  const std::vector<std::string_view> parts = components(path);
  // From the file's name up: each component alone, then as the day of a
  // `YYYY/MM/DD/` run of folders.
  for (std::size_t i = parts.size(); i-- > 0;) {
    if (auto date = date_in_component(parts[i])) return date;
    if (i >= 2 && parts[i - 2].size() == 4) {
      const int year = digits_at(parts[i - 2], 0, 4);
      if (auto date = day(year, small_number(parts[i - 1]), small_number(parts[i]))) return date;
    }
  }
  return std::nullopt;
}

} // namespace news
