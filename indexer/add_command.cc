#include "indexer/add_command.hh"

#include <filesystem>
#include <iostream>
#include <set>

#include <boost/program_options.hpp>
#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/cli_options.hh"
#include "common/config_file.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "indexer/command_line.hh"
#include "indexer/configured_roots.hh"
#include "indexer/file_walker.hh"
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

constexpr const char* kUsage = "usage: news-index add [OPTIONS] PATH...";
constexpr const char* kAbout =
    R"(Indexes article files and folders (recursively; hidden ones are skipped),
and records each PATH as a root that 'news-index sync' keeps in step.
Formats, detected from the content: plain text, JSON Lines, JSON, HTML pages,
RSS and Atom feeds, and gzip-compressed versions of each. Adding a file again
replaces its articles; unchanged files are not read again.
The read options (--map, --max-file-size, --no-entities) are recorded with
each PATH, and 'sync' reads its files with them again. A PATH added before
keeps its recorded options, except those given again: they replace them, and
its files are read again. A new PATH inside a root takes that root's options.
'news-index sources' shows them.
)";

struct AddOptions {
  std::vector<fs::path> paths;
  WriterArgs writer;
  RunOptions run;
  OptionValues read; /**< the read options given, as recorded with each root */
};

// Parsed options, or nullopt when --help was printed.
std::optional<AddOptions> parse_add_options(const std::vector<std::string>& args) {
  AddOptions options;
  ReadOptionArgs read_args;
  po::options_description visible("Options for add");
  declare(visible, kHelpOption);
  declare_writer_options(visible);
  declare_read_options(visible, read_args);
  const auto vm = parse_command_line(args, kUsage, visible, "path", kAbout);
  if (!vm) return std::nullopt;
  if (!vm->count("path")) throw_usage("add: no PATH given\n{}", kUsage);
  for (const auto& p : (*vm)["path"].as<std::vector<std::string>>())
    options.paths.emplace_back(p);
  options.run.read = to_read_options(read_args); // checks the values given
  options.read = given_read_options(args);
  options.writer = writer_args(*vm);
  options.run.retry_failed = options.writer.retry_failed;
  options.run.batch_size = options.writer.batch_size;
  return options;
}

// Records `path` as a root with the read options given, over those it had (or
// that its enclosing root has); when a known root's options change, its
// files are to be read again.
void record_root(const std::string& path, const OptionValues& given, FileRegistry& registry,
                 RunReport& report) {
  const std::vector<Root> roots = registry.roots();
  const Root* known = deepest_root(roots, path);
  Root root{path, "", merge_read_options(known ? known->read_options : OptionValues{}, given), {}};
  if (!known || known->path != path) {
    registry.put_root(root);
    return;
  }
  root.excluded = known->excluded;
  if (known->read_options == root.read_options) return;
  report.notice(path, fmt::format("read options changed from {} to {}; its files are read again",
                                  describe_read_options(known->read_options),
                                  describe_read_options(root.read_options)));
  root.last_sync = known->last_sync;
  registry.put_root(root);
  registry.forget_contents(path);
}

// Adding a path that `remove` excluded (or a folder holding exclusions)
// takes them back: the next sync reads them again.
void include_again(const std::string& path, FileRegistry& registry, RunReport& report) {
  std::vector<Root> roots = registry.roots();
  bool changed = false;
  for (Root& root : roots) {
    const std::size_t before = root.excluded.size();
    std::erase_if(root.excluded, [&](const std::string& excluded) {
      if (!is_under(excluded, path)) return false;
      report.notice(excluded, fmt::format("no longer excluded from {}", escape_bytes(root.path)));
      return true;
    });
    changed = changed || root.excluded.size() != before;
  }
  if (changed) registry.set_roots(roots);
}

} // namespace

int run_add_command(const std::vector<std::string>& args) {
  const std::optional<AddOptions> parsed = parse_add_options(args);
  if (!parsed) return 0;
  const AddOptions& options = *parsed;
  RunReport report("add", options.writer.quiet, options.writer.log_format);
  const fs::path database = resolve_database_path(options.writer.db);
  IndexTarget target(database, options.writer.lock_timeout, "news-index add");
  FileRegistry& registry = target.registry();
  install_interrupt_handlers();

  RunOptions run_options = options.run; // read options set per root as files are visited
  IndexingRun run(&target.index(), registry, run_options, report);
  // Every file is found before a parallel build makes its shards next to the database.
  std::vector<Root> walked(options.paths.size()); // path empty: it does not exist
  std::vector<std::vector<fs::path>> files(options.paths.size());
  std::set<fs::path> seen; // a file under two PATHs is read once
  std::vector<SkippedPath> skipped;
  for (std::size_t i = 0; i < options.paths.size(); ++i) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(options.paths[i], ec);
    if (!ec) {
      include_again(canonical.string(), registry, report);
      const OptionValues given = merge_read_options(
          configured_read_options(config_file(), canonical.string()), options.read);
      record_root(canonical.string(), given, registry, report);
      walked[i] = *registry.root(canonical.string());
    }
    WalkedFiles walk = walk_files({options.paths[i]}, target.own_paths(),
                                  walk_rules(config_file(), registry.roots()), run);
    skipped.insert(skipped.end(), walk.skipped.begin(), walk.skipped.end());
    files[i] = std::move(walk.files);
    std::erase_if(files[i], [&](const fs::path& file) { return !seen.insert(file).second; });
  }
  for (const std::vector<fs::path>& of_path : files)
    run.plan(of_path);
  run.use_shards_if_new(database, indexing_jobs(options.writer.jobs));
  const std::vector<Root> roots = registry.roots();
  for (std::size_t i = 0; i < options.paths.size(); ++i)
    if (!visit_as_recorded(run, run_options, files[i], roots, walked[i], registry, report)) break;
  run.finish();
  report_skipped(skipped, report);
  report.summary(run.tally(), interrupt_signal());
  return run_exit_status(run.tally(), interrupt_signal());
}

} // namespace news
