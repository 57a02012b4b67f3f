// The one writer of the database: adds or replaces articles by their id,
// removes them by file or id, and commits in batches.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include <xapian.h>

#include "common/article.hh"

namespace news {

/** What happened to one article. */
enum class AddOutcome {
  Added,     /**< new id */
  Updated,   /**< id known, content changed: the document was replaced */
  Unchanged, /**< id known, same content: nothing written */
};

class IndexWriter {
public:
  /**
   * Opens (or creates) the database, waiting up to `lock_timeout` seconds for
   * another writer; throws news::Error if it cannot (75 when locked).
   * `command` is recorded as the lock holder.
   */
  IndexWriter(const std::filesystem::path& database, double lock_timeout,
              const std::string& command);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  /**
   * Adds an article, or replaces the document with the same id. An article
   * whose stored content is unchanged is not written again.
   */
  AddOutcome add(const Article& article);

  /** Removes the articles read from a file, but those whose ids are kept; returns how many. */
  unsigned remove_file_articles(const std::string& path, const std::set<std::string>& keep = {});

  /** Removes one article by id; false if there is none. */
  bool remove_article(const std::string& id);

  /** Commits when `batch_size` articles were written since the last commit. */
  void commit_if_batch_full(unsigned batch_size);

  /** Makes everything done so far durable and visible to searches. */
  void commit();

  Xapian::WritableDatabase& database() { return db_; }

private:
  std::filesystem::path path_;
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
  unsigned uncommitted_ = 0;
};

} // namespace news
