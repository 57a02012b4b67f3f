#include <filesystem>
#include <thread>

#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/cli_options.hh"
#include "common/database.hh"
#include "indexer/command_line.hh"
#include "indexer/database_swap.hh"
#include "indexer/index_target.hh"
#include "indexer/index_writer.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/run_options_cli.hh"
#include "indexer/shard_layout.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

struct Sizes {
  std::uintmax_t before = 0, after = 0;
};

std::uintmax_t size_of_files(const fs::path& path) {
  std::error_code ec;
  std::uintmax_t size = 0;
  for (const auto& entry : fs::directory_iterator(path))
    size += entry.is_regular_file(ec) ? entry.file_size(ec) : 0;
  return size;
}

// Compacts one local database in place (`role`: the index itself, or a shard of one).
Sizes compact_database(const fs::path& path, double lock_timeout, WriterRole role) {
  // The write lock is held from before the scratch folder is touched until
  // after it is gone: a second compact waits or stops (75), no writer slips
  // in between, and the lock covers the tables swapped in.
  IndexWriter writer(path, lock_timeout, "news-index compact", role);
  writer.commit();
  Sizes sizes;
  sizes.before = size_of_files(path);
  const ScratchFolder compacted(path, ".compacting");
  // The same docids: `news-search watch` tells new articles by them (searcher/arrivals.hh).
  writer.database().compact(compacted.path().string(), Xapian::DBCOMPACT_NO_RENUMBER);
  // Readers that have the old files open keep reading them.
  swap_in_database(path, compacted.path());
  sizes.after = size_of_files(path);
  return sizes;
}

// Each local shard compacted by a thread of its own, under the registry's
// lock (the whole index's); a remote one is its server's to compact.
Sizes compact_shards(const fs::path& stub, double lock_timeout, bool quiet) {
  IndexWriter registry(registry_path(stub), lock_timeout, "news-index compact",
                       WriterRole::Registry);
  const std::vector<ShardSpec> shards = read_stub_file(stub);
  std::vector<Sizes> sizes(shards.size());
  std::vector<std::exception_ptr> errors(shards.size());
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < shards.size(); ++i) {
      if (shards[i].remote()) {
        if (!quiet)
          fmt::print("shard {} is remote: compact it on its server (xapian-compact, "
                     "docs/SCALING.md)\n",
                     shards[i].describe());
        continue;
      }
      threads.emplace_back([&, i] {
        try {
          sizes[i] = compact_database(shards[i].path, lock_timeout, WriterRole::Part);
        } catch (...) {
          errors[i] = std::current_exception();
        }
      });
    }
  }
  Sizes total;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    if (errors[i]) std::rethrow_exception(errors[i]);
    total.before += sizes[i].before;
    total.after += sizes[i].after;
  }
  return total;
}

} // namespace

int run_compact_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for compact");
  declare(visible, kHelpOption);
  declare_writer_options(visible);
  const auto vm = parse_command_line(args, "usage: news-index compact [OPTIONS]", visible);
  if (!vm) return 0;
  const WriterArgs writing = writer_args(*vm);
  const fs::path path = resolve_database_path(writing.db);
  const Sizes sizes = is_sharded(path)
                          ? compact_shards(path, writing.lock_timeout, writing.quiet)
                          : compact_database(path, writing.lock_timeout, WriterRole::Index);
  if (!writing.quiet)
    fmt::print("compacted {}: {:.1f} MB -> {:.1f} MB\n", path.string(), sizes.before / 1e6,
               sizes.after / 1e6);
  return 0;
}

} // namespace news
