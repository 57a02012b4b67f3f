// The publication day a file's path gives, for an article whose content has
// no date. Archives and web sites file stories by day:
//
//   /archive/2024/03/28/putin-visit.html        folders: year, month, day
//   /archive/2024-03-28-putin-visit.html        a name beginning or holding
//   /archive/2024_03_28/story.txt               YYYY-MM-DD (or _ or .)
//   /archive/bbc-20240328-putin.txt             YYYYMMDD, years 1900..2099
//
// The part of the path nearest the file wins: its name, then its folder,
// then the folders above. Digits must stand alone (not inside a longer run
// of digits), and the day must exist.
#pragma once

#include <optional>
#include <string_view>

#include "common/date.hh"

namespace news {

/** Midnight UTC of the day named by the path, or nullopt when it names none. */
std::optional<Date> date_from_path(std::string_view path);

} // namespace news
