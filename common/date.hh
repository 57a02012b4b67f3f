// Dates of articles: a point in time in UTC, parsed from the forms news
// archives use and printed as ISO 8601.
//
//   parse_date("2024-05-07")                       -> 2024-05-07T00:00:00Z
//   parse_date("Tue, 07 May 2024 10:30:00 +0300")  -> 2024-05-07T07:30:00Z
//   parse_date("May 7, 2024")                      -> 2024-05-07T00:00:00Z
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace news {

/** A point in time, UTC, to the second. */
struct Date {
  std::chrono::sys_seconds time{}; /**< seconds since 1970-01-01T00:00:00Z */

  /** Seconds since the Unix epoch (negative before 1970). */
  long long unix_seconds() const { return time.time_since_epoch().count(); }
  static Date from_unix_seconds(long long seconds) {
    return Date{std::chrono::sys_seconds{std::chrono::seconds{seconds}}};
  }
  /** Midnight UTC of a calendar day; nullopt if the day does not exist. */
  static std::optional<Date> from_civil(int year, unsigned month, unsigned day);

  auto operator<=>(const Date&) const = default;
};

/**
 * Parses a date or date-time. Accepted forms: ISO 8601 (`2024-05-07`,
 * `2024-05-07T10:30`, `2024-05-07 10:30:00Z`, `2024-05-07T10:30:00.123+03:00`),
 * RFC 2822 (`Tue, 07 May 2024 10:30:00 +0300`, zone names GMT/UTC/EST...),
 * and written dates (`May 7, 2024`, `7 May 2024`, `07-May-1987 10:30:00`).
 * A time without a zone is taken as UTC.
 * @return nullopt when the text is not one of these forms or not a real date.
 */
std::optional<Date> parse_date(std::string_view text);

/** `2024-05-07T10:30:00Z`. */
std::string format_iso8601(Date date);

/** `2024-05-07`. */
std::string format_day(Date date);

/** Calendar parts of a date, for the year/month/day terms. */
struct CivilDay {
  int year;
  unsigned month; /**< 1..12 */
  unsigned day;   /**< 1..31 */
};
CivilDay civil_day(Date date);

} // namespace news
