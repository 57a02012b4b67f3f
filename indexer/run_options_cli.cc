#include "indexer/run_options_cli.hh"

#include <algorithm>

#include "common/error.hh"
#include "indexer/index_options.hh"

namespace news {

void declare_writer_options(boost::program_options::options_description& options) {
  declare(options, kDbOption, kLockTimeoutOption, kQuietOption, kLogFormatOption, kBatchSizeOption,
          kRetryFailedOption, kJobsOption);
}

WriterArgs writer_args(const boost::program_options::variables_map& vm) {
  WriterArgs args;
  args.db = given(vm, kDbOption);
  args.lock_timeout = given(vm, kLockTimeoutOption).value_or(args.lock_timeout);
  args.quiet = is_on(vm, kQuietOption);
  args.log_format = chosen(vm, kLogFormatOption).value_or(args.log_format);
  args.batch_size = std::max(1u, given(vm, kBatchSizeOption).value_or(args.batch_size));
  args.retry_failed = is_on(vm, kRetryFailedOption);
  args.jobs = given(vm, kJobsOption).value_or(args.jobs);
  return args;
}

int run_exit_status(const Tally& tally, int signal) {
  if (signal != 0) return 128 + signal;
  return static_cast<int>(tally.failed == 0 ? ExitCode::Ok : ExitCode::InputFailed);
}

} // namespace news
