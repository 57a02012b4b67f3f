// news-index: builds and maintains the Xapian database of news articles.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "common/cli.hh"
#include "common/config_file.hh"
#include "common/error.hh"
#include "common/version.hh"
#include "indexer/add_command.hh"
#include "indexer/inspect_command.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/sync_command.hh"

namespace {

constexpr const char* kHelp =
    R"(usage: news-index [--db PATH] [--config FILE] COMMAND [OPTIONS] [ARGS]

Builds and maintains a search index of news articles.

Commands:
  add PATH...        index article files and folders (recursively), remember
                     them as roots
  sync [ROOT]        bring the index in step with its roots: new, changed,
                     deleted files
  inspect PATH...    show the articles read from files, without indexing them
  sources            the roots, their articles and last sync (--failed: failed
                     files)
  remove ROOT|FILE|ID...
                     remove a root, a file or an article
  stats              what the index holds
  compact            rewrite the index smaller, swapped in safely
  config             the settings in effect and where each came from
  init               make a sharded index: a stub file and its shards
  reshard N          share a sharded index's articles out over N shards
  rebuild            index the roots again into a new index (an index of an
                     older schema), swapped in safely

Run 'news-index COMMAND --help' for a command's options; --version for the
version.
The index is at --db PATH, else $NEWS_INDEX_DB, else the config file's
database, else $XDG_DATA_HOME/news-index (~/.local/share/news-index); a
stub file (see init) is a sharded index.
The config file (roots, read options, ignore patterns) is --config FILE, else
$NEWS_INDEX_CONFIG, else $XDG_CONFIG_HOME/news-index/config.toml; the command
line wins over it. Files named by ignore patterns, .newsignore files and the
defaults (READMEs, scripts, images, PDF...) are skipped inside folders.

Exit status: 0 all went well, 1 some input failed (the rest was indexed),
2 usage or database error, 75 the index is locked by another writer (see
--lock-timeout), 130/143 interrupted by SIGINT/SIGTERM (work so far committed).
)";

// `--config FILE` (or `--config=FILE`), before or after the command (up to
// a `--`), is taken out of the arguments: it is for every command.
std::vector<std::string> take_config_option(std::vector<std::string> argv) {
  for (std::size_t i = 0; i < argv.size() && argv[i] != "--";) {
    if (argv[i].starts_with("--config=")) {
      news::use_config_file(argv[i].substr(9));
      argv.erase(argv.begin() + static_cast<std::ptrdiff_t>(i));
    } else if (argv[i] == "--config") {
      if (i + 1 == argv.size()) news::throw_usage("--config needs a FILE");
      news::use_config_file(argv[i + 1]);
      argv.erase(argv.begin() + static_cast<std::ptrdiff_t>(i),
                 argv.begin() + static_cast<std::ptrdiff_t>(i) + 2);
    } else {
      ++i;
    }
  }
  return argv;
}

// `news-index --db X add ...` and `news-index add --db X ...` both work:
// options before the command are handed to the command.
int dispatch(const std::vector<std::string>& all_args) {
  const std::vector<std::string> argv = take_config_option(all_args);
  std::vector<std::string> leading;
  size_t i = 0;
  while (i < argv.size() && argv[i].starts_with("-")) {
    const std::string& arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kHelp;
      return 0;
    }
    if (arg == "--version") {
      std::cout << news::version_text("news-index");
      return 0;
    }
    leading.push_back(arg);
    if (arg == "--db" && i + 1 < argv.size()) leading.push_back(argv[++i]);
    ++i;
  }
  if (i == argv.size()) news::throw_usage("no command given (try: news-index --help)");
  const std::string& command = argv[i];
  std::vector<std::string> args(leading);
  args.insert(args.end(), argv.begin() + static_cast<std::ptrdiff_t>(i) + 1, argv.end());
  if (command == "add") return news::run_add_command(args);
  if (command == "inspect") return news::run_inspect_command(args);
  if (command == "sync") return news::run_sync_command(args);
  if (command == "sources") return news::run_sources_command(args);
  if (command == "remove") return news::run_remove_command(args);
  if (command == "stats") return news::run_stats_command(args);
  if (command == "compact") return news::run_compact_command(args);
  if (command == "config") return news::run_config_command(args);
  if (command == "init") return news::run_init_command(args);
  if (command == "reshard") return news::run_reshard_command(args);
  if (command == "rebuild") return news::run_rebuild_command(args);
  news::throw_usage("unknown command '{}' (try: news-index --help)", command);
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return news::run_main("news-index", [&] { return dispatch(args); });
}
