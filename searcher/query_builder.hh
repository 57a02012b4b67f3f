// From the user's query string and filter options to a Xapian::Query, with
// the field prefixes of the schema table and the common tokenizer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/date.hh"
#include "common/error.hh"

namespace news {

/** What selects articles, before sorting and paging. */
struct QueryRequest {
  std::string text; /**< the query string; may be empty when a filter is given */
  bool any = false; /**< OR instead of AND between words */
  Date now;         /**< today, for relative dates */
  std::optional<std::string> since, until; /**< date expressions, inclusive */
  /** The saved searches whose queries this one is inside (saved_filter.hh), outermost first. */
  std::vector<std::string> saved_path = {};
  /** The query's language (`--lang`): its stemmer only; empty: the stemmers of the
   *  index's languages (query_languages.hh); `none`: exact words. */
  std::string language = {};
};

struct ParsedQuery {
  Xapian::Query query;
};

/** A wildcard may stand for this many words at most. */
constexpr Xapian::termcount kMaxWildcardTerms = 1000;

/**
 * A query may hold this many wildcards at most: each within kMaxWildcardTerms,
 * `co* ` 1,000 times still made a query of 910,000 terms (20 s, 700 MB).
 */
constexpr std::size_t kMaxWildcards = 100;

/**
 * Parses a query: words, "phrases", AND/OR/NOT/NEAR, -word, +word, ( ),
 * field prefixes (title:, source:, id:, ...), trailing wildcards, date:
 * filters and saved: searches, then applies --since/--until. Throws news::Error (exit status 2)
 * saying what is wrong for a malformed query or date, a query of more than
 * 1,000 words or of more than kMaxWildcards wildcards.
 */
ParsedQuery build_query(const QueryRequest& request, const Xapian::Database& db);

/**
 * The user's error for a wildcard that expands to more than kMaxWildcardTerms
 * words, which Xapian finds only when matching (exit status 2).
 */
Error wildcard_error(const Xapian::WildcardError& e);

} // namespace news
