#include <filesystem>

#include <fmt/core.h>

#include "common/cli_options.hh"
#include "common/database.hh"
#include "indexer/command_line.hh"
#include "indexer/database_swap.hh"
#include "indexer/index_writer.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/run_options_cli.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

int run_compact_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for compact");
  declare(visible, kHelpOption);
  declare_writer_options(visible);
  const auto vm = parse_command_line(args, "usage: news-index compact [OPTIONS]", visible);
  if (!vm) return 0;
  const WriterArgs writing = writer_args(*vm);
  const fs::path path = resolve_database_path(writing.db);
  std::error_code ec;
  std::uintmax_t before = 0, after = 0;
  const auto size_of_files = [&] {
    std::uintmax_t size = 0;
    for (const auto& entry : fs::directory_iterator(path))
      size += entry.is_regular_file(ec) ? entry.file_size(ec) : 0;
    return size;
  };
  {
    // The write lock is held from before the scratch folder is touched until
    // after it is gone: a second compact waits or stops (75), no writer slips
    // in between, and the lock covers the tables swapped in.
    IndexWriter writer(path, writing.lock_timeout, "news-index compact");
    writer.commit();
    before = size_of_files();
    const ScratchFolder compacted(path, ".compacting");
    // The same docids: `news-search watch` tells new articles by them (searcher/arrivals.hh).
    writer.database().compact(compacted.path().string(), Xapian::DBCOMPACT_NO_RENUMBER);
    // Readers that have the old files open keep reading them.
    swap_in_database(path, compacted.path());
    after = size_of_files();
  }
  if (!writing.quiet)
    fmt::print("compacted {}: {:.1f} MB -> {:.1f} MB\n", path.string(), before / 1e6, after / 1e6);
  return 0;
}

} // namespace news
