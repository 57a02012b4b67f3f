// What every reader does with the date its metadata gives (a feed's
// <pubDate>, a page's published_time, a record's date field, a text file's
// Date header): date the article by it, or say that it is no date.
#pragma once

#include <optional>
#include <string_view>

#include "common/article.hh"
#include "indexer/readers/parsed_file.hh"

namespace news {

/**
 * With a `date`, dates the article (date_source `metadata`); without, warns
 * `LABEL "QUOTED" is not EXPECTED; indexed without date` for `record`, and
 * the article stays undated.
 */
void set_metadata_date(Article& article, std::optional<Date> date, std::optional<unsigned> record,
                       ParsedFile& out, std::string_view quoted, std::string_view label = "date",
                       std::string_view expected = "a date");

} // namespace news
