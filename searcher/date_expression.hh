// The date forms of the query language, as spans of time.
//
//   2024-05-07   that day          2024-05  that month        2024  that year
//   today        yesterday         7d  2w  3m  1y: the day that long before today
//
// A range `A..B` runs from the start of A to the end of B, both included;
// either end may be left open. All times are UTC; `now` fixes what today is.
#pragma once

#include <optional>
#include <string_view>

#include "common/date.hh"

namespace news {

/** A span of time with inclusive ends; a missing end is open. */
struct DateSpan {
  std::optional<Date> from; /**< first second included */
  std::optional<Date> to;   /**< last second included */
};

/**
 * The span one date expression stands for (a day, a month, a year, or an
 * instant for a full ISO 8601 date-time). Throws news::Error (usage) naming
 * the expression and the accepted forms when it is not one of them.
 */
DateSpan period_of(std::string_view expression, Date now);

/**
 * The span of `begin..end`; an empty side is open. Throws news::Error when a
 * side is malformed or the range ends before it starts.
 */
DateSpan date_range(std::string_view begin, std::string_view end, Date now);

} // namespace news
