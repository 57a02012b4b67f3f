// The loud check of a run: a file the index knows that loses most of its
// articles while its records fail to read (read with another --map than
// before, or its format changed) is an error naming the file and the counts,
// shown even with --quiet and counted as failed (exit status 1), never a
// quiet removal that a cron job would not notice.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "indexer/file_registry.hh"
#include "indexer/run_report.hh"

namespace news {

/** Whether going from `before` to `after` articles loses most of them (more than half, and
 * at least 2, or all). */
bool loses_most(unsigned before, unsigned after);

class ArticleLossCheck {
public:
  /** Remembers how many articles each of `files` had, before they are visited. */
  void before(const FileRegistry& registry, const std::vector<std::filesystem::path>& files);

  /**
   * After the visit: reports to `problems` (the run, which counts it as
   * failed) each remembered file that lost most of its articles while some
   * of its records could not be read in this run (as `report` counted them).
   */
  void after(const FileRegistry& registry, const RunReport& report, ProblemSink& problems);

private:
  std::vector<std::pair<std::string, unsigned>> known_; /**< path, articles before */
};

} // namespace news
