// Plain-text articles in the seed's shape.
//
//   Title: Putin Announces Plans To Visit China In May     <- optional header
//   Date: 2024-03-28                                          block: the fields
//   Source: Reuters                                           marked header in
//                                                             article_fields.hh;
//   Putin Announces Plans To Visit China In May            <- ends at a blank line
//   Russian President Vladimir Putin has announced...
//
// Without a Title header, the first non-empty line is the title and the rest
// the body. Without a Date header, a dateline with a whole date at the head
// of the body dates it (date_source `text`).
#pragma once

#include <string_view>

#include "indexer/readers/parsed_file.hh"

namespace news {

/**
 * Reads one plain-text article (valid UTF-8, `\n` line ends): title, body
 * (furniture stripped), and the header fields; an unparseable Date header
 * is a warning and left out. A file with neither title nor body is an error.
 */
void read_plain_text(std::string_view text, ParsedFile& out);

} // namespace news
