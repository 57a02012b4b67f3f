// Date filters for the QueryParser: `date:A..B` and `date:A` (that whole
// day, month or year), one field processor, plus the query for --since/--until.
#pragma once

#include <xapian.h>

#include "common/date.hh"
#include "searcher/date_expression.hh"
#include "searcher/parse_errors.hh"

namespace news {

/**
 * The articles dated within the span: date terms when it is whole days,
 * else a value range on the date slot; an open side is unbounded.
 */
Xapian::Query date_span_query(const DateSpan& span);

/**
 * Registers `date:` with the parser; `now` fixes today for relative dates.
 * Malformed dates are recorded in `errors`, which must outlive the parsing.
 */
void add_date_filters(Xapian::QueryParser& parser, Date now, ParseErrors& errors);

} // namespace news
