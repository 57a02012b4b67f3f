// Running a query against the database and collecting what to show.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "common/article.hh"

namespace news {

/** One matching article, as shown to the user. */
struct Hit {
  unsigned rank;       /**< 1-based position in the whole result list */
  double score;        /**< Xapian's relevance weight (BM25) */
  Article article;     /**< the stored fields */
  std::string snippet; /**< see make_snippet: plain text with highlight marks */
};

/** A page of hits and the exact size of the whole result set. */
struct SearchResults {
  std::string query;          /**< the query as the user typed it */
  Xapian::doccount total = 0; /**< exact number of matching articles */
  std::vector<Hit> hits;
};

/**
 * Runs the query, ranked by relevance, and returns hits offset+1 ..
 * offset+limit (all of them when limit is 0) with the exact total.
 */
SearchResults run_search(const Xapian::Database& db, const Xapian::Query& query,
                         const std::string& query_text, unsigned offset, unsigned limit);

} // namespace news
