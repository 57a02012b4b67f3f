// Month and weekday names of the languages whose dates parse_date reads
// besides English: de, fr, es, it, pt, nl, ru (`März`, `mars`, `marzo`,
// `março`, `maart`, `марта`), full and abbreviated, any case. Written for
// this project; feed dates in Greek, Hungarian and Korean are rewritten by
// the feed reader (indexer/readers/feed_date_locales) before they get here.
#pragma once

#include <string_view>

namespace news {

/** The month (1..12) a month name of one of these languages names; 0 if none. */
unsigned month_from_local_name(std::string_view word);

/** Whether the word names a day of the week in one of these languages (not English, whose
 *  weekday parse_date wants followed by a comma). */
bool is_weekday_name(std::string_view word);

/** Words a date puts between its parts (`28 de marzo de 2024`, `28 марта 2024 г.`). */
bool is_date_filler(std::string_view word);

} // namespace news
