#include <algorithm>
#include <filesystem>

#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/cli_options.hh"
#include "common/config_file.hh"
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

// Records `path` (a file or folder inside a root, not a root) as excluded
// from the deepest root it lies in, so that sync does not bring it back;
// false when it lies in none.
bool exclude(const std::string& path, FileRegistry& registry, RunReport& report) {
  std::vector<Root> roots = registry.roots();
  Root* deepest = nullptr;
  for (Root& root : roots)
    if (root.path != path && is_under(path, root.path) &&
        (!deepest || root.path.size() > deepest->path.size()))
      deepest = &root;
  if (!deepest) return false;
  if (std::find(deepest->excluded.begin(), deepest->excluded.end(), path) ==
      deepest->excluded.end())
    deepest->excluded.push_back(path);
  registry.set_roots(roots);
  report.notice(path, fmt::format("excluded from {}: sync will not read it again "
                                  "('news-index add' it to take it back)",
                                  escape_bytes(deepest->path)));
  return true;
}

// Removes a root (all its files), a file or a folder in a root (excluded
// from then on), or an article; false if it is none of them.
bool remove_one(const std::string& target, FileRegistry& registry, IndexingRun& run,
                ArticleIndex& index, RunReport& report) {
  std::error_code ec;
  const std::string path = fs::weakly_canonical(target, ec).string();
  std::vector<Root> roots = registry.roots();
  for (auto it = roots.begin(); it != roots.end(); ++it) {
    if (it->path != path) continue;
    for (const FileRecord& file : registry.files(path))
      run.remove_file(file);
    roots.erase(it);
    registry.set_roots(roots);
    for (const ConfiguredRoot& configured : config_file().roots)
      if (configured.path.value == path)
        report.notice(path, fmt::format("a root of the config file ({}): the next sync walks it "
                                        "again unless it is taken out of there",
                                        escape_bytes(configured.path.origin)));
    return true;
  }
  // A file or folder: its recorded files go, and it is excluded from its root.
  const std::vector<FileRecord> files = registry.files(path);
  for (const FileRecord& file : files)
    run.remove_file(file);
  const bool on_disk = fs::exists(path, ec);
  if ((!files.empty() || on_disk) && exclude(path, registry, report)) return true;
  if (!files.empty()) return true;
  if (index.remove_article(target)) {
    ++run.tally().removed;
    return true;
  }
  return false;
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
    if (remove_one(target, registry, run, index.index(), report)) continue;
    run.problem({Problem::Severity::Error, target, std::nullopt,
                 "not a root, a file or folder in one, an indexed file or an article id"});
  }
  run.finish();
  report.summary(run.tally(), 0);
  return run_exit_status(run.tally(), 0);
}

} // namespace news
