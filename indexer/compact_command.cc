#include <filesystem>

#include <fmt/core.h>

#include "common/database.hh"
#include "indexer/command_line.hh"
#include "indexer/index_writer.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/run_options_cli.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

int run_compact_command(const std::vector<std::string>& args) {
  WriterArgs writer_args;
  po::options_description visible("Options for compact");
  visible.add_options()("help,h", "show this help");
  declare_writer_options(visible, writer_args);
  if (!parse_command_line(args, "usage: news-index compact [OPTIONS]", visible)) return 0;
  const fs::path path = resolve_database_path(database_option(writer_args));
  const fs::path compacted = path.string() + ".compacting";
  const fs::path old = path.string() + ".old";
  std::error_code ec;
  fs::remove_all(compacted, ec);
  fs::remove_all(old, ec);
  std::uintmax_t before = 0, after = 0;
  {
    // Holding the write lock while compacting: no writer can slip in between.
    IndexWriter writer(path, writer_args.lock_timeout, "news-index compact");
    writer.commit();
    for (const auto& entry : fs::directory_iterator(path))
      before += entry.file_size(ec);
    writer.database().compact(compacted.string());
    // Swap: readers that have the old files open keep reading them.
    fs::rename(path, old);
    fs::rename(compacted, path);
  }
  fs::remove_all(old, ec);
  for (const auto& entry : fs::directory_iterator(path))
    after += entry.file_size(ec);
  if (!writer_args.quiet)
    fmt::print("compacted {}: {:.1f} MB -> {:.1f} MB\n", path.string(), before / 1e6, after / 1e6);
  return 0;
}

} // namespace news
