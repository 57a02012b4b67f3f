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
 * `xapian_correction` is QueryParser's own suggestion, used when it has one
 * (1.4 makes it for unprefixed words only, and ours all carry the `Z` of stems).
 */
std::string suggest_spelling(const Xapian::Database& db, const std::string& query,
                             const std::string& xapian_correction);

} // namespace news
