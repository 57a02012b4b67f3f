// From the user's query string to a Xapian::Query, with the field prefixes
// of the schema table and the common tokenizer's configuration.
#pragma once

#include <string>

#include <xapian.h>

namespace news {

/**
 * Parses a query: words (all must match), "phrases", AND/OR/NOT, -word,
 * +word, field prefixes (title:, source:, id:, ...) and trailing wildcards.
 * Throws news::Error (exit status 2) naming the problem for a malformed query.
 */
Xapian::Query build_query(const std::string& text, const Xapian::Database& db);

} // namespace news
