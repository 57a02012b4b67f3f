// What an indexing run tells its user: problems as they happen, a progress
// line on a terminal, and a summary. As text, or one JSON event a line
// (--log-format json) for log collectors; --quiet keeps errors only.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "common/problem.hh"
#include "indexer/progress_line.hh"

namespace news {

enum class LogFormat { Text, Json };

/** Counts for the summary line. */
struct Tally {
  unsigned added = 0, updated = 0, unchanged = 0, removed = 0, failed = 0;
  unsigned files = 0;       /**< files looked at */
  unsigned not_retried = 0; /**< failed files left alone until they change */

  /** Adds the article outcomes of another part of the run (a parallel build's shards). */
  void add_outcomes(const Tally& other) {
    added += other.added;
    updated += other.updated;
    unchanged += other.unchanged;
    removed += other.removed;
  }
};

class RunReport : public ProblemSink {
public:
  RunReport(std::string command, bool quiet, LogFormat format);

  /** A problem as one line (format_problem), or a JSON event; warnings not with --quiet. */
  void problem(const Problem& problem) override;
  /** Something the user should know that is no problem (not shown with --quiet). */
  void notice(const std::string& path, const std::string& message);
  /** How many problems with single records (warnings included) `path` had in this run. */
  unsigned record_problems(const std::string& path) const;
  /**
   * Once per run, when the ignore rules skipped anything: `N files (and M
   * folders) skipped by rules`, pointing to `sources --skipped` (not with --quiet).
   */
  void skipped_by_rules(unsigned files, unsigned folders);
  /** A line of --dry-run: `add FILE`, `update FILE`, `remove FILE`. */
  void planned(const std::string& action, const std::string& path);
  /**
   * Progress on a terminal (stderr): the first, the last, and between them
   * a few times a second; its rate counts from the first call (the run's
   * start-up aside). NEWS_PROGRESS=1 shows it off a terminal too, a line
   * each (for measuring the estimate).
   */
  void progress(const Progress& progress);
  /**
   * A step after the files are read (merging, grouping stories), shown as
   * progress() is: the line goes on saying where the run is.
   */
  void step(const std::string& step, std::uint64_t done, std::uint64_t total);
  /** The summary line; `signal` names an interruption (0: none). */
  void summary(const Tally& tally, int signal);

private:
  void clear_progress();
  /** Whether a progress line is due (`always`, or none for a quarter of a second). */
  bool due(bool always);
  double seconds_working() const; /**< since the first progress */
  void show(const std::string& line);

  std::string command_;
  bool quiet_;
  LogFormat format_;
  bool terminal_;
  bool progress_shown_ = false;
  bool progress_lines_ = false; /**< NEWS_PROGRESS=1: a line each, not on a terminal */
  std::optional<std::chrono::steady_clock::time_point> work_start_;
  std::map<std::string, unsigned> record_problems_;
  std::chrono::steady_clock::time_point start_, last_progress_;
  std::string last_step_; /**< of step() */
};

} // namespace news
