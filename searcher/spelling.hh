// "Did you mean": a corrected query when a word is absent from the index or
// rare while a close spelling is common (Xapian's spelling data, built by
// the indexer).
#pragma once

#include <string>

#include <xapian.h>

namespace news {

/**
 * The query text with each rare or unknown word replaced by a much more
 * common close spelling, or empty when there is nothing to suggest.
 */
std::string suggest_spelling(const Xapian::Database& db, const std::string& query);

} // namespace news
