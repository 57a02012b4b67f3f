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
  /** Midnight UTC of a calendar day; nullopt if the day does not exist or
   *  its year is outside kFirstYear..kLastYear. */
  static std::optional<Date> from_civil(int year, unsigned month, unsigned day);

  auto operator<=>(const Date&) const = default;
};

/** The years a date may have: four-digit years, as ISO 8601 writes them.
 *  Anything outside (`1e30` read as Unix time) is taken for what it is, not a date. */
inline constexpr int kFirstYear = 1000;
inline constexpr int kLastYear = 9999;

/** Whether the date falls in the years kFirstYear..kLastYear. */
bool is_plausible(Date date);

/**
 * Unix time as a date: seconds, or milliseconds when the number is too
 * large to be seconds (over 1e11: after the year 5138). nullopt when it is
 * not a finite number or falls outside kFirstYear..kLastYear.
 */
std::optional<Date> date_from_unix_time(double number);

/** The same from text: a decimal number (`1707955200`, `1707955200.5`), read
 *  with std::from_chars; nullopt for anything else (`.`, `1e400`, 400 digits). */
std::optional<Date> date_from_unix_time_text(std::string_view text);

/**
 * Parses a date or date-time. Accepted forms: ISO 8601 (`2024-05-07`,
 * `2024-05-07T10:30`, `2024-05-07 10:30:00Z`, `2024-05-07T10:30:00.123+03:00`),
 * RFC 2822 (`Tue, 07 May 2024 10:30:00 +0300`, zone names GMT/UTC/EST...),
 * and written dates (`May 7, 2024`, `7 May 2024`, `07-May-1987 10:30:00`), also in
 * German, French, Spanish, Italian, Portuguese, Dutch and Russian (common/month_names:
 * `28. März 2024`, `jeudi 28 mars 2024`, `28 de marzo de 2024`, `28 марта 2024 г.`).
 * A time without a zone is taken as UTC.
 * @return nullopt when the text is not one of these forms, not a real date,
 *         or outside the years kFirstYear..kLastYear.
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
