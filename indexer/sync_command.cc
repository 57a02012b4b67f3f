#include "indexer/sync_command.hh"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <set>

#include <boost/program_options.hpp>
#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/config_file.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "indexer/command_line.hh"
#include "indexer/configured_roots.hh"
#include "indexer/file_walker.hh"
#include "indexer/index_options.hh"
#include "indexer/index_target.hh"
#include "indexer/indexing_run.hh"
#include "indexer/interrupt.hh"
#include "indexer/read_options_cli.hh"
#include "indexer/root_reading.hh"
#include "indexer/run_options_cli.hh"

namespace news {
namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

constexpr const char* kUsage = "usage: news-index sync [OPTIONS] [ROOT]";
constexpr const char* kAbout =
    R"(Walks every root recorded by 'add' (or only ROOT) and brings the index in
step: new files are added, changed files indexed again (a file whose size and
time changed but not its bytes is not), files that disappeared removed with
their articles. Commits every --batch-size changes: an interrupted run keeps
what it committed, and the next run completes it.
Each root's files are read with the read options recorded by 'add' (see
'news-index sources'). Read options given to sync replace those of the same
name for the roots it walks, are recorded, and their files are read again.
A known file that loses most of its articles because its records no longer
read is an error (even with --quiet): exit status 1.
)";

struct SyncOptions {
  std::optional<std::string> root;
  WriterArgs writer;
  RunOptions run;
  OptionValues read; /**< the read options given */
};

std::optional<SyncOptions> parse_sync_options(const std::vector<std::string>& args) {
  SyncOptions options;
  ReadOptionArgs read_args;
  po::options_description visible("Options for sync");
  declare(visible, kHelpOption, kDryRunOption);
  declare_writer_options(visible);
  declare_read_options(visible, read_args);
  const auto vm = parse_command_line(args, kUsage, visible, "root", kAbout);
  if (!vm) return std::nullopt;
  if (vm->count("root")) {
    const auto& roots = (*vm)["root"].as<std::vector<std::string>>();
    if (roots.size() > 1) throw_usage("sync: one ROOT at most\n{}", kUsage);
    options.root = roots.front();
  }
  options.run.read = to_read_options(read_args); // checks the values given
  options.read = given_read_options(args);
  options.writer = writer_args(*vm);
  options.run.dry_run = is_on(*vm, kDryRunOption);
  options.run.retry_failed = options.writer.retry_failed;
  options.run.batch_size = options.writer.batch_size;
  return options;
}

std::string now_iso() {
  return format_iso8601(
      Date{std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())});
}

// The roots to walk (recorded or configured): all, or the one named.
std::vector<Root> roots_to_sync(const std::vector<Root>& all,
                                const std::optional<std::string>& wanted) {
  if (!wanted) return all;
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(*wanted, ec);
  for (const Root& root : all)
    if (root.path == canonical.string()) return {root};
  throw_usage(
      "sync: {} is not a recorded root (see 'news-index sources'; add it with 'news-index add')",
      escape_bytes(*wanted));
}

// Read options given to sync, over the config file's for each root: they
// replace the recorded ones of the same name for the roots synced, in `all`
// and `synced` (and in the registry, unless `dry_run`), and the files of a
// root whose options change are read again.
void apply_given_options(const OptionValues& command_line, std::vector<Root>& all,
                         std::vector<Root>& synced, FileRegistry& registry, RunReport& report,
                         bool dry_run) {
  for (Root& root : synced) {
    const OptionValues given =
        merge_read_options(configured_read_options(config_file(), root.path), command_line);
    const OptionValues merged = merge_read_options(root.read_options, given);
    if (merged == root.read_options) continue;
    if (!registry.root(root.path)) { // a configured root synced for the first time
      root.read_options = merged;
      for (Root& recorded : all)
        if (recorded.path == root.path) recorded.read_options = merged;
      continue;
    }
    report.notice(root.path, fmt::format("read options {} from {} to {}; its files are read again",
                                         dry_run ? "would change" : "changed",
                                         describe_read_options(root.read_options),
                                         describe_read_options(merged)));
    root.read_options = merged;
    for (Root& recorded : all)
      if (recorded.path == root.path) recorded.read_options = merged;
    if (!dry_run) registry.forget_contents(root.path);
  }
  if (!dry_run) registry.set_roots(all);
}

// Walks one root; false when interrupted.
bool sync_root(const Root& root, const std::vector<Root>& all_roots,
               const std::vector<fs::path>& own_paths, IndexingRun& run, RunOptions& options,
               const FileRegistry& registry, RunReport& report, std::vector<SkippedPath>& skipped) {
  if (!fs::exists(root.path)) {
    // A missing root may be an unmounted disk: its articles stay until it is removed.
    run.problem({Problem::Severity::Error, root.path, std::nullopt,
                 "root does not exist; skipped (news-index remove ROOT drops it)"});
    return true;
  }
  WalkedFiles walked =
      walk_files({root.path}, own_paths, walk_rules(config_file(), all_roots), run);
  skipped.insert(skipped.end(), walked.skipped.begin(), walked.skipped.end());
  const std::vector<fs::path>& files = walked.files;
  if (!visit_as_recorded(run, options, files, all_roots, root, registry, report)) return false;
  std::set<std::string> present;
  for (const fs::path& file : files)
    present.insert(file.string());
  run.remove_missing(root.path, present);
  return interrupt_signal() == 0;
}

} // namespace

int run_sync_command(const std::vector<std::string>& args) {
  const std::optional<SyncOptions> parsed = parse_sync_options(args);
  if (!parsed) return 0;
  const SyncOptions& options = *parsed;
  RunOptions run_options = options.run; // read options set per root as files are visited
  RunReport report(options.run.dry_run ? "sync --dry-run" : "sync", options.writer.quiet,
                   options.writer.log_format);
  const fs::path database = resolve_database_path(options.writer.db);

  if (options.run.dry_run) { // reads the index only: no lock, no change
    const Xapian::Database reader = open_for_reading(registry_database(database));
    FileRegistry registry(reader);
    IndexingRun run(nullptr, registry, run_options, report);
    std::vector<Root> all_roots = with_configured_roots(registry.roots(), config_file());
    std::vector<Root> synced = roots_to_sync(all_roots, options.root);
    apply_given_options(options.read, all_roots, synced, registry, report, true);
    std::vector<SkippedPath> skipped;
    for (const Root& root : synced)
      sync_root(root, all_roots, index_own_paths(database), run, run_options, registry, report,
                skipped);
    report_skipped(skipped, report);
    report.summary(run.tally(), 0);
    return run_exit_status(run.tally(), 0);
  }

  IndexTarget target(database, options.writer.lock_timeout, "news-index sync");
  FileRegistry& registry = target.registry();
  install_interrupt_handlers();
  IndexingRun run(&target.index(), registry, run_options, report);
  run.use_shards_if_new(database, indexing_jobs(options.writer.jobs));
  std::vector<Root> all_roots = with_configured_roots(registry.roots(), config_file());
  std::vector<Root> synced = roots_to_sync(all_roots, options.root);
  apply_given_options(options.read, all_roots, synced, registry, report, false);
  std::vector<SkippedPath> skipped;
  for (const Root& root : synced) {
    if (!sync_root(root, all_roots, target.own_paths(), run, run_options, registry, report,
                   skipped))
      break;
    for (Root& recorded : all_roots)
      if (recorded.path == root.path) recorded.last_sync = now_iso();
  }
  registry.set_roots(all_roots);
  run.finish();
  report_skipped(skipped, report);
  report.summary(run.tally(), interrupt_signal());
  return run_exit_status(run.tally(), interrupt_signal());
}

} // namespace news
