// Command-line options shared by the commands that write the index (add,
// sync, remove, compact), declared together (each is defined in index_options.hh).
#pragma once

#include <optional>
#include <string>

#include <boost/program_options.hpp>

#include "indexer/run_report.hh"

namespace news {

/** The writing options, validated. */
struct WriterArgs {
  std::optional<std::string> db; /**< --db, if given (even empty) */
  double lock_timeout = 0;
  bool quiet = false;
  LogFormat log_format = LogFormat::Text;
  unsigned batch_size = 1000; /**< at least 1 */
  bool retry_failed = false;
  unsigned jobs = 0; /**< 0: one per core */
};

/** Declares --db, --lock-timeout, --quiet, --log-format, --batch-size, --retry-failed, --jobs. */
void declare_writer_options(boost::program_options::options_description& options);

/** The writing options given; throws news::Error (usage) when one is wrong. */
WriterArgs writer_args(const boost::program_options::variables_map& vm);

/** Exit status of a run: 128 + signal when interrupted, 1 when something failed, else 0. */
int run_exit_status(const Tally& tally, int signal);

} // namespace news
