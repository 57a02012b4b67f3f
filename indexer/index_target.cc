#include "indexer/index_target.hh"

#include "common/stub_file.hh"
#include "indexer/shard_layout.hh"

namespace news {

namespace fs = std::filesystem;

bool is_sharded(const fs::path& database) { return is_stub_file(database); }

fs::path registry_database(const fs::path& database) {
  return is_sharded(database) ? registry_path(database) : database;
}

std::vector<fs::path> index_own_paths(const fs::path& database) {
  if (!is_sharded(database)) return {database};
  std::vector<fs::path> paths = {database, shards_folder(database)};
  for (const ShardSpec& shard : read_stub_file(database))
    if (!shard.remote()) paths.push_back(shard.path);
  return paths;
}

IndexTarget::IndexTarget(const fs::path& database, double lock_timeout,
                         const std::string& command) {
  if (is_sharded(database)) {
    auto sharded = std::make_unique<ShardedIndex>(database, lock_timeout, command);
    sharded_ = sharded.get();
    registry_ = std::make_unique<FileRegistry>(sharded->registry_database());
    index_ = std::move(sharded);
    own_paths_ = index_own_paths(database);
    return;
  }
  writer_ = std::make_unique<IndexWriter>(database, lock_timeout, command);
  registry_ = std::make_unique<FileRegistry>(writer_->database());
  index_ = std::make_unique<SingleIndex>(*writer_);
  own_paths_ = {database};
}

} // namespace news
