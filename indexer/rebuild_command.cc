// `rebuild`: an index of an older schema (or any index) made again from the
// folders and files it records, with their read options, into a scratch
// folder, then swapped in as compact does. The saved searches are kept; what
// `watch` last saw is not (the articles get new docids).
#include <filesystem>

#include <fmt/core.h>
#include <xapian.h>

#include "common/cli_options.hh"
#include "common/command_line.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "indexer/database_swap.hh"
#include "indexer/index_target.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/run_options_cli.hh"
#include "indexer/shard_rebuild.hh"
#include "indexer/sync_command.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr const char* kAbout =
    R"(Indexes again every root the index records (see 'news-index sources'),
with the read options recorded for each, into a new index that then takes
the old one's place. An index made by an older news-index (another schema:
the error names its missing features) is made current so. Saved searches
are kept; 'watch' starts afresh. A sharded index (a stub file) is made
again in as many new local shards, then the stub switched to them.
)";

void copy_saved_searches(const Xapian::Database& from, Xapian::WritableDatabase& to) {
  const std::string prefix(metadata_key(Metadata::Saved));
  for (auto it = from.metadata_keys_begin(prefix); it != from.metadata_keys_end(prefix); ++it)
    to.set_metadata(*it, from.get_metadata(*it));
}

} // namespace

int run_rebuild_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for rebuild");
  declare(visible, kHelpOption);
  declare_writer_options(visible);
  const auto vm =
      parse_command_line(args, "usage: news-index rebuild [OPTIONS]", visible, "", kAbout);
  if (!vm) return 0;
  const WriterArgs writing = writer_args(*vm);
  const fs::path path = resolve_database_path(writing.db);
  if (is_sharded(path)) return rebuild_sharded_index(fs::absolute(path), writing);
  if (!fs::exists(path / "iamglass"))
    throw Error(ErrorKind::Database, fmt::format("no index at {} to rebuild", path.string()),
                "make one with: news-index add PATH...");
  // Xapian's own lock, held throughout: the index is opened as it is,
  // whatever its schema, and nothing else writes to it meanwhile.
  Xapian::WritableDatabase old(path.string(), Xapian::DB_OPEN);
  const std::string roots = old.get_metadata(std::string(metadata_key(Metadata::Roots)));
  if (roots.empty())
    throw Error(
        ErrorKind::Database,
        fmt::format("the index at {} records no folders or files to read again", path.string()),
        fmt::format("remove it and run news-index add again"));
  int status = 0;
  {
    const ScratchFolder scratch(path, ".rebuilding");
    {
      Xapian::WritableDatabase fresh(scratch.path().string(), Xapian::DB_CREATE_OR_OPEN);
      fresh.set_metadata(std::string(metadata_key(Metadata::Roots)), roots);
      fresh.commit();
    }
    std::vector<std::string> sync_args{"--db", scratch.path().string()};
    if (writing.quiet) sync_args.push_back("--quiet");
    if (writing.jobs != 0)
      sync_args.insert(sync_args.end(), {"--jobs", std::to_string(writing.jobs)});
    status = run_sync_command(sync_args);
    {
      Xapian::WritableDatabase fresh(scratch.path().string(), Xapian::DB_OPEN);
      copy_saved_searches(old, fresh);
      fresh.commit();
    }
    swap_in_database(path, scratch.path());
  }
  if (!writing.quiet) fmt::print("rebuilt {}\n", path.string());
  return status;
}

} // namespace news
