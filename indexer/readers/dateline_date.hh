// The date a wire-style dateline gives, at the head of an article's text:
//
//   LONDON, March 28, 2024 (Reuters) - Oil prices rose...     -> 2024-03-28
//   PARIS, 6 May 2024 — President Xi...                       -> 2024-05-06
//   March 28, 2024 - The ministry said...                     -> 2024-03-28
//   SALVADOR, Feb 26 - Brazil's...                            -> none: no year
//
// Only a whole date (with its year), in one of parse_date's forms, placed
// before the dateline's dash or bracket, near the start of the line.
#pragma once

#include <optional>
#include <string_view>

#include "common/date.hh"

namespace news {

/** The date of the dateline `line` begins with (or is), if any. */
std::optional<Date> date_from_dateline(std::string_view line);

} // namespace news
