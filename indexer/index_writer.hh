// The one writer of the database: adds or replaces articles by their id,
// removes them by file or id, and commits in batches.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include <xapian.h>

#include "common/article.hh"
#include "common/spelling_words.hh"
#include "indexer/run_report.hh"

namespace news {

/** What happened to one article. */
enum class AddOutcome {
  Added,     /**< new id */
  Updated,   /**< id known, content changed: the document was replaced */
  Unchanged, /**< id known, same content: nothing written */
};

/** Counts an outcome in the run's tally (added, updated or unchanged). */
void count_outcome(Tally& tally, AddOutcome outcome);

/** What a writer writes to. */
enum class WriterRole {
  Index,    /**< the database: groups stories as it adds, adds spelling data at each commit */
  Shard,    /**< one part of a parallel build (sharded_build.hh), merged into the database at
                 the end, where stories are grouped; spelling data is added once, at its end */
  Part,     /**< one shard of a sharded index (sharded_index.hh): spelling data at each commit,
                 stories grouped over all the shards at the end of a run */
  Registry, /**< a sharded index's registry (no articles): its changes are one transaction
                 until commit(), so that a writer closed without committing (after an error)
                 drops them rather than committing records of articles a shard lacks */
};

class IndexWriter {
public:
  /**
   * Opens (or creates) the database, waiting up to `lock_timeout` seconds for
   * another writer; throws news::Error if it cannot (75 when locked).
   * `command` is recorded as the lock holder. The index's writer removes
   * the scratch folders runs killed half way left (database_swap.hh).
   */
  IndexWriter(const std::filesystem::path& database, double lock_timeout,
              const std::string& command, WriterRole role = WriterRole::Index);
  /** A writer on a database opened already (a remote shard): no lock owner file to keep. */
  IndexWriter(Xapian::WritableDatabase db, WriterRole role);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  /**
   * Adds an article, or replaces the document with the same id. An article
   * whose stored content is unchanged is not written again.
   */
  AddOutcome add(const Article& article);

  /** Whether the index has articles read from this file. */
  bool has_file_articles(const std::string& path);

  /** Removes the articles read from a file, but those whose ids are kept; returns how many. */
  unsigned remove_file_articles(const std::string& path, const std::set<std::string>& keep = {});

  /** Removes one article by id; false if there is none. */
  bool remove_article(const std::string& id);

  /** Commits when `batch_size` articles were written since the last commit. */
  void commit_if_batch_full(unsigned batch_size);

  /** Makes everything done so far durable and visible to searches. */
  void commit();

  Xapian::WritableDatabase& database() { return db_; }

  /** Adds the spelling data counted so far (a shard's, which commit() keeps for the end). */
  void add_spelling_data() { spelling_.add_to(db_); }

private:
  WriterRole role_;
  std::filesystem::path path_;
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
  SpellingWords spelling_; /**< counted per batch, added at commit */
  unsigned uncommitted_ = 0;
};

} // namespace news
