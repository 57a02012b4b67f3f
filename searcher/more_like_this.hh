// "More like this": a query made of the words that best characterise one
// article, by Xapian's relevance feedback (the expand set of a one-document
// relevance set).
#pragma once

#include <string>

#include <xapian.h>

namespace news {

/**
 * The query for articles similar to the one with this id, excluding itself.
 * Throws news::Error (not found) when no article has the id.
 */
Xapian::Query more_like_this(const Xapian::Database& db, const std::string& id);

} // namespace news
