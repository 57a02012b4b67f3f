// `saved:NAME` in queries: a filter, the articles the saved search's query
// (with its --any, --since and --until) selects, as person: and date: are
// filters: `saved:opec crude` needs both, and so do two saved searches. A saved
// search may use others; one that comes back to itself, directly or through
// others, is refused naming the cycle, and so is nesting deeper than
// kMaxSavedDepth.
#pragma once

#include <xapian.h>

#include "searcher/parse_errors.hh"
#include "searcher/query_builder.hh"

namespace news {

/** Saved searches may use saved searches this many levels deep. */
inline constexpr std::size_t kMaxSavedDepth = 8;

/**
 * Registers `saved:` with the parser. `request` is the query being parsed
 * (its `saved_path` the saved searches being expanded, outermost first);
 * `db` holds the saved searches. Unknown names, cycles and errors in a saved
 * query are recorded in `errors`. `request`, `db` and `errors` must outlive
 * the parsing.
 */
void add_saved_filter(Xapian::QueryParser& parser, const Xapian::Database& db,
                      const QueryRequest& request, ParseErrors& errors);

} // namespace news
