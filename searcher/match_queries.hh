// Queries that match every document or none, made afresh each time. Xapian
// 1.4's Query::MatchAll and Query::MatchNothing are static objects sharing one
// Query::Internal whose reference count is not atomic: copying them on
// several threads at once (serve, the search service) corrupts that count and
// crashes (a double delete). A query of the empty term is what MatchAll is.
#pragma once

#include <string>

#include <xapian.h>

namespace news {

/** Every document: the empty term's query, a new one for each caller. */
inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

/** No document (a query with no internal, nothing shared). */
inline Xapian::Query match_nothing() { return Xapian::Query(); }

} // namespace news
