// The work `add` and `sync` share: bring the index in step with a set of
// files, file by file, using the file registry to skip what has not changed.
//
// For each file: same size and modification time as recorded -> unchanged,
// not read (a failed one is not retried until it changes, unless
// --retry-failed); else its bytes are hashed, and the same hash -> only the
// record is updated (a `touch`); else it is parsed and its articles added or
// replaced, and those it no longer has removed. Each article read is analysed
// (article_pipeline.hh) on its way to the index.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "indexer/article_index.hh"
#include "indexer/file_registry.hh"
#include "indexer/read_articles.hh"
#include "indexer/run_report.hh"
#include "indexer/sharded_build.hh"

namespace news {

struct RunOptions {
  ReadOptions read;
  bool dry_run = false;       /**< say what would be done, change nothing */
  bool retry_failed = false;  /**< read failed files again even if unchanged */
  unsigned batch_size = 1000; /**< commit after this many article changes */
};

class IndexingRun : public ProblemSink {
public:
  /** `index` is null for a dry run, which reads `registry` only. */
  IndexingRun(ArticleIndex* index, FileRegistry& registry, const RunOptions& options,
              RunReport& report);

  /**
   * Before visiting: when the index is a single, empty database and `jobs` >
   * 1, articles go to parallel shards (sharded_build.hh) instead of its writer.
   */
  void use_shards_if_new(const std::filesystem::path& database, unsigned jobs);

  /**
   * Makes the work durable and visible: commits, or merges the shards into
   * the database; the outcomes of the articles are in tally() from then on.
   */
  void finish();

  /**
   * Counts every file the run will visit into its progress, before the
   * first visit (add knows them all); else each visit counts its own.
   */
  void plan(const std::vector<std::filesystem::path>& files);

  /** Visits the files; false when interrupted by a signal (work so far is kept). */
  bool visit(const std::vector<std::filesystem::path>& files);

  /** Removes the recorded files under `root` that are not in `present`. */
  void remove_missing(const std::string& root, const std::set<std::string>& present);

  /** Removes one file's articles and record. */
  void remove_file(const FileRecord& record);

  /** A problem of the run's inputs: to the report, and an error counted as failed. */
  void problem(const Problem& problem) override;

  const Tally& tally() const { return tally_; }
  Tally& tally() { return tally_; }

private:
  void visit_file(const std::filesystem::path& file);
  void index_file(const std::filesystem::path& file, FileRecord record, class InputStream input);
  void fail(FileRecord record, const Problem& problem);
  void count_planned(const std::filesystem::path& file, const std::optional<FileRecord>& known,
                     class InputStream input);
  std::uintmax_t bytes_to_read(const std::filesystem::path& file) const;
  void show_progress();

  ArticleIndex* index_;
  std::unique_ptr<ShardedBuild> build_; /**< null: articles go to index_ */
  FileRegistry& registry_;
  const RunOptions& options_;
  RunReport& report_;
  Tally tally_;
  unsigned articles_seen_ = 0;
  Progress progress_;                    /**< of every file planned or visited */
  bool planned_ = false;                 /**< plan() counted the files */
  std::uintmax_t bytes_before_file_ = 0; /**< of the files to read, those done */
  std::uintmax_t file_bytes_ = 0;        /**< the file being read: its bytes to read */
  std::uintmax_t file_bytes_read_ = 0;   /**< and those read (InputStream::count_bytes) */
};

} // namespace news
