#include "indexer/run_options_cli.hh"

#include <boost/program_options.hpp>

#include "common/error.hh"
#include "indexer/command_line.hh"

namespace news {

namespace po = boost::program_options;

void declare_writer_options(po::options_description& options, WriterArgs& args) {
  // clang-format off
  options.add_options()
      ("db", database_value(args.db), "index location (default: $NEWS_INDEX_DB, else $XDG_DATA_HOME/news-index)")
      ("lock-timeout", po::value<double>(&args.lock_timeout), "wait this many seconds for another writer (default 0), then exit 75")
      ("quiet,q", po::bool_switch(&args.quiet), "print errors only (for cron)")
      ("log-format", po::value<std::string>(&args.log_format), "text or json (one event a line)")
      ("batch-size", po::value<unsigned>(&args.batch_size), "commit every N article changes (default 1000)")
      ("retry-failed", po::bool_switch(&args.retry_failed), "read files that failed before even if unchanged")
      ("jobs,j", po::value<unsigned>(&args.jobs), "writer threads for a new (empty) index (default: one per core)");
  // clang-format on
}

LogFormat log_format_of(const WriterArgs& args) {
  if (args.log_format == "text") return LogFormat::Text;
  if (args.log_format == "json") return LogFormat::Json;
  throw_usage("--log-format must be text or json, not '{}'", args.log_format);
}

std::optional<std::string> database_option(const WriterArgs& args) { return args.db; }

int run_exit_status(const Tally& tally, int signal) {
  if (signal != 0) return 128 + signal;
  return static_cast<int>(tally.failed == 0 ? ExitCode::Ok : ExitCode::InputFailed);
}

} // namespace news
