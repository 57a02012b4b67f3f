#include <filesystem>

#include <fmt/core.h>

#include "common/cli_options.hh"
#include "common/database.hh"
#include "indexer/command_line.hh"
#include "indexer/index_target.hh"
#include "indexer/indexing_run.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/run_options_cli.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

// Removes a root (all its files), a file, or an article; false if it is none of them.
bool remove_one(const std::string& target, FileRegistry& registry, IndexingRun& run,
                ArticleIndex& index) {
  std::error_code ec;
  const std::string path = fs::weakly_canonical(target, ec).string();
  std::vector<Root> roots = registry.roots();
  for (auto it = roots.begin(); it != roots.end(); ++it) {
    if (it->path != path) continue;
    for (const FileRecord& file : registry.files(path))
      run.remove_file(file);
    roots.erase(it);
    registry.set_roots(roots);
    return true;
  }
  if (auto record = registry.get(path)) {
    run.remove_file(*record);
    return true;
  }
  return index.remove_article(target);
}

} // namespace

int run_remove_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for remove");
  declare(visible, kHelpOption);
  declare_writer_options(visible);
  const char* usage = "usage: news-index remove [OPTIONS] ROOT|FILE|ID...";
  const auto vm = parse_command_line(args, usage, visible, "target");
  if (!vm) return 0;
  if (!vm->count("target")) throw_usage("remove: nothing to remove\n{}", usage);

  const WriterArgs writing = writer_args(*vm);
  RunReport report("remove", writing.quiet, writing.log_format);
  IndexTarget index(resolve_database_path(writing.db), writing.lock_timeout, "news-index remove");
  FileRegistry& registry = index.registry();
  RunOptions options;
  IndexingRun run(&index.index(), registry, options, report);
  for (const std::string& target : (*vm)["target"].as<std::vector<std::string>>()) {
    if (remove_one(target, registry, run, index.index())) continue;
    run.problem({Problem::Severity::Error, target, std::nullopt,
                 "not a root, an indexed file or an article id"});
  }
  run.finish();
  report.summary(run.tally(), 0);
  return run_exit_status(run.tally(), 0);
}

} // namespace news
