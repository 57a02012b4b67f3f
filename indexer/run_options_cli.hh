// Command-line options shared by the commands that write the index (add,
// sync, remove), declared once.
#pragma once

#include <optional>
#include <string>

#include <boost/program_options/options_description.hpp>

#include "indexer/run_report.hh"

namespace news {

/** Raw values of the writing options. */
struct WriterArgs {
  std::optional<std::string> db; /**< --db, if given (even empty) */
  double lock_timeout = 0;
  bool quiet = false;
  std::string log_format = "text";
  unsigned batch_size = 1000;
  bool retry_failed = false;
  unsigned jobs = 0; /**< 0: one per core */
};

/** Declares --db, --lock-timeout, --quiet, --log-format, --batch-size, --retry-failed, --jobs. */
void declare_writer_options(boost::program_options::options_description& options, WriterArgs& args);

/** --log-format as a LogFormat; throws news::Error (usage) for another value. */
LogFormat log_format_of(const WriterArgs& args);

/** --db, if given. */
std::optional<std::string> database_option(const WriterArgs& args);

/** Exit status of a run: 128 + signal when interrupted, 1 when something failed, else 0. */
int run_exit_status(const Tally& tally, int signal);

} // namespace news
