#include "indexer/shard_rebuild.hh"

#include <string>
#include <vector>

#include <fmt/core.h>
#include <xapian.h>

#include "common/byte_escape.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "common/stub_file.hh"
#include "indexer/database_swap.hh"
#include "indexer/index_writer.hh"
#include "indexer/shard_layout.hh"
#include "indexer/sync_command.hh"

namespace news {

namespace fs = std::filesystem;

int rebuild_sharded_index(const fs::path& stub, const WriterArgs& writing) {
  // Xapian's own lock on the registry, the lock of the whole index, held
  // throughout: opened as it is, whatever its schema.
  Xapian::WritableDatabase registry(registry_path(stub).string(), Xapian::DB_OPEN);
  const std::string roots_key(metadata_key(Metadata::Roots));
  const std::string roots = registry.get_metadata(roots_key);
  if (roots.empty())
    throw Error(ErrorKind::Database,
                fmt::format("the index at {} records no folders or files to read again",
                            escape_bytes(stub.string())),
                "remove it and run news-index init and add again");
  const std::vector<ShardSpec> old_shards = read_stub_file(stub);
  const fs::path folder = shards_folder(stub);
  const std::vector<ShardSpec> new_shards =
      local_shards(folder, static_cast<unsigned>(old_shards.size()), old_shards);
  int status = 0;
  {
    // A sharded index of its own in the scratch folder: its stub, shards and registry.
    const ScratchFolder scratch(folder, ".rebuilding");
    const fs::path scratch_stub = scratch.path() / "index.stub";
    std::vector<ShardSpec> building;
    for (const ShardSpec& shard : new_shards) {
      building.push_back(shard);
      building.back().path = shards_folder(scratch_stub) / shard.path.filename();
      open_shard_for_writing(building.back(), 0).commit();
    }
    {
      IndexWriter fresh(registry_path(scratch_stub), 0, "news-index rebuild", WriterRole::Registry);
      fresh.database().set_metadata(roots_key, roots);
      fresh.commit();
    }
    write_stub_file(scratch_stub, building);
    std::vector<std::string> sync_args{"--db", scratch_stub.string()};
    if (writing.quiet) sync_args.push_back("--quiet");
    status = run_sync_command(sync_args);
    for (std::size_t i = 0; i < new_shards.size(); ++i)
      fs::rename(building[i].path, new_shards[i].path);
    write_stub_file(stub, new_shards); // the switch: one rename
    // Then the registry, in place under its lock: one older than the shards is safe.
    swap_in_database(registry_path(stub), registry_path(scratch_stub));
  }
  registry.close();
  for (const ShardSpec& shard : old_shards) // only the shards of ours, in STUB.shards
    if (!shard.remote() && shard.path.parent_path() == folder) fs::remove_all(shard.path);
  if (!writing.quiet)
    fmt::print("rebuilt {}: {} shards\n", escape_bytes(stub.string()), new_shards.size());
  return status;
}

} // namespace news
