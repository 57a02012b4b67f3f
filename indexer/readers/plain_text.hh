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
#include <vector>

#include "common/article.hh"

namespace news {

/**
 * Parses one plain-text article (valid UTF-8, `\n` line ends). Fills title,
 * body (furniture stripped), and the header fields; an unparseable Date
 * header is reported in `warnings` and left out.
 */
Article parse_plain_text(std::string_view text, std::vector<std::string>& warnings);

} // namespace news
