// Where a run's articles go: one database (its IndexWriter) or a sharded
// index (sharded_index.hh), behind one interface, so that `add`, `sync`
// and `remove` are the same code for both.
#pragma once

#include <set>
#include <string>

#include "common/article.hh"
#include "indexer/index_writer.hh"
#include "indexer/progress_line.hh"
#include "indexer/run_report.hh"

namespace news {

class ArticleIndex {
public:
  virtual ~ArticleIndex() = default;

  /** Adds or replaces an article; its outcome is counted in outcomes(). */
  virtual void add(Article&& article) = 0;
  /** Whether articles read from `path` may be in the index (false: surely none). */
  virtual bool may_have_file_articles(const std::string& path) = 0;
  /** Removes the articles read from `path` but those whose ids are kept (counted as removed). */
  virtual void remove_file_articles(const std::string& path,
                                    const std::set<std::string>& keep = {}) = 0;
  /** Removes one article by id; false if there is none. */
  virtual bool remove_article(const std::string& id) = 0;
  /** Commits when a batch of changes is waiting. */
  virtual void commit_if_batch_full(unsigned batch_size) = 0;
  /** Makes everything so far durable: the articles first, then the file registry. */
  virtual void commit() = 0;
  /**
   * At the end of a run: commit() and whatever the whole needs then
   * (stories over shards), telling `progress` where that is.
   */
  virtual void finish(const StepProgress& progress) {
    (void)progress;
    commit();
  }
  /** The outcomes of the articles so far (added, updated, unchanged, removed): after commit(). */
  virtual Tally outcomes() const = 0;
  /** The writer of a single database (a parallel first build merges into it); null when sharded. */
  virtual IndexWriter* single_writer() { return nullptr; }
};

/** One database, written by its IndexWriter on this thread. */
class SingleIndex : public ArticleIndex {
public:
  explicit SingleIndex(IndexWriter& writer) : writer_(writer) {}
  void add(Article&& article) override { count_outcome(tally_, writer_.add(article)); }
  bool may_have_file_articles(const std::string& path) override {
    return writer_.has_file_articles(path);
  }
  void remove_file_articles(const std::string& path, const std::set<std::string>& keep) override {
    tally_.removed += writer_.remove_file_articles(path, keep);
  }
  bool remove_article(const std::string& id) override {
    const bool removed = writer_.remove_article(id);
    tally_.removed += removed ? 1 : 0;
    return removed;
  }
  void commit_if_batch_full(unsigned batch_size) override {
    writer_.commit_if_batch_full(batch_size);
  }
  void commit() override { writer_.commit(); }
  Tally outcomes() const override { return tally_; }
  IndexWriter* single_writer() override { return &writer_; }

private:
  IndexWriter& writer_;
  Tally tally_;
};

} // namespace news
