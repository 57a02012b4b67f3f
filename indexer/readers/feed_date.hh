// Dates as feeds write them: parse_date's forms and the others feedparser,
// the reference feed parser, reads (its date tests are the list). Each other
// form is rewritten into one of parse_date's, which checks it:
//
//   Thu, 01 Jan 04 19:48:21 GMT        two-digit year: 90..99 are 1990s, 00..89 2000s
//   Sun Jan  4 16:29:06 PST 2004       asctime, zone before the year or none (UTC)
//   Thu Aug 30 2012 17:26:16 +0200     month before the day; `Mon, 13 Feb, 2012` comma
//   Thu, 30 Apr 2015 08:57:00 MEST     zones: RFC 822's (EST, EDT, PST...), ET/CT/MT/PT,
//                                      AT/AST/ADT, MET/MEST (CET/CEST), military letters
//                                      as RFC 822 writes them (A = -01:00, N = +01:00,
//                                      Z = UTC), GMT+01:00 / GMT-1 (offsets as written),
//                                      Etc/GMT, Etc/GMT-1 (the tz database's: UTC+1)
//   2003-12, 2003                      W3C-DTF partial dates: the first day of the period
//                                      (2003-12-01, 2003-01-01), midnight UTC
//   20031231, 031231, 03-12-31         ISO 8601's other dates; `-0312`, `-03-12` a month
//   2003-335, 2003335, 03335           (its first day); a day of the year (two-digit
//                                      years as in RFC 822, never by today's century)
//   Fri, 2006/09/15 08:19:53 EDT       Perforce; `2003-012-31` (Google's extra zero)
//   Κυρ, 11 Ιούλ 2004 12:00:00 EST     Greek, Hungarian and Korean dates (feed_date_locales)
//
// A zone name not listed is no date (never guessed as UTC).
#pragma once

#include <optional>
#include <string_view>

#include "common/date.hh"

namespace news {

/** A feed's date (pubDate, dc:date, published...): parse_date's forms, then
 *  feedparser's others; nullopt when none reads it. */
std::optional<Date> parse_feed_date(std::string_view text);

} // namespace news
