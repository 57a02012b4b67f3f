// The search engine every front end uses: the command line (main.cc) and
// the HTTP server (server/) hand it a SearchRequest and show what it gives
// back. One service owns one Xapian::Database: Xapian objects are not shared
// between threads, so a server keeps one service per worker.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/article.hh"
#include "common/database_set.hh"
#include "searcher/search.hh"
#include "searcher/search_request.hh"

namespace news {

/** One whole article, and the other copies of its story. */
struct ArticleView {
  Article article;
  /** The other copies of its story (republished, near-identical), newest first. */
  std::vector<Article> copies;
};

/** Facts about the whole index. */
struct IndexSummary {
  Xapian::doccount articles = 0;
  Xapian::doccount undated = 0;
  std::optional<Date> first_date, last_date;
  Xapian::rev revision = 0; /**< Xapian's commit number: grows with each commit */
};

class SearchService {
public:
  explicit SearchService(Xapian::Database db);
  /**
   * A service on the shards of `shards`, opened now (news::Error naming a
   * shard that cannot be). A shard that stops answering during a search is
   * named in a news::Error, or with allow_partial left out of that search
   * (SearchResults::missing_shards) and tried again at the next.
   */
  explicit SearchService(DatabaseSet shards);

  /** Matching longer than this throws news::Error (timeout); 0: no limit (the default). */
  void set_time_limit(std::chrono::milliseconds limit) { time_limit_ = limit; }

  /**
   * Runs the search. A commit by a writer meanwhile (news-index sync) is
   * read again and the search rerun. Throws news::Error: usage for a bad
   * query, not found for a --like id no article has, timeout, database.
   */
  SearchResults search(const SearchRequest& request);

  /** The article with this id (as stored, or escaped as printed); throws news::Error (not found).
   */
  ArticleView article(const std::string& id);

  IndexSummary summary();

  /** The short handle of each article, by id (article_handle.hh); reads all the ids once. */
  std::vector<std::string> handles(const std::vector<std::string>& ids);

  /** Moves to the latest commit of the index; true when there was a newer one. Shards left
   *  out (allow_partial) are tried again. */
  bool refresh();

private:
  SearchResults search_once(const SearchRequest& request);
  MatchOptions match_options(const SearchRequest& request,
                             std::chrono::steady_clock::time_point start) const;
  Timeline timeline_of(const SearchRequest& request, std::chrono::steady_clock::time_point start);
  /** The `best` companions of a series (its query), counted per period with `options`. */
  std::vector<CompanionCounts> companions_of(const Xapian::Query& query,
                                             std::vector<std::pair<EntityKind, RelatedEntity>> best,
                                             MatchOptions options);
  ArticleView article_once(const std::string& id);
  /** `work()`, again on the latest commit after a writer's, and without a shard that stopped
   *  answering (DatabaseSet::shard_lost). */
  template <typename Work> auto retried(Work&& work);

  std::optional<DatabaseSet> shards_;
  Xapian::Database db_;
  std::chrono::milliseconds time_limit_{0};
};

} // namespace news
