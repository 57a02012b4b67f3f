#include "indexer/shard_layout.hh"

#include <algorithm>

#include <fmt/core.h>
#include <xxhash.h>

#include "common/database.hh"
#include "common/error.hh"
#include "common/index_features.hh"
#include "common/lock_wait.hh"

namespace news {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void shard_failed(const ShardSpec& shard, const Xapian::Error& e) {
  const bool locked = std::string_view(e.get_type()) == "DatabaseLockError";
  throw Error(locked ? ErrorKind::Locked : ErrorKind::Database,
              fmt::format("shard {}: {}", shard.describe(), e.get_msg()),
              shard.kind == ShardSpec::Kind::Tcp
                  ? "is its server running (xapian-tcpsrv --writable, one per shard)?"
              : shard.kind == ShardSpec::Kind::Program
                  ? "does its program run, and is its database made? xapian-progsrv never makes "
                    "one: `xapian-metadata set PATH x ''` on its machine makes it empty"
                  : "");
}

} // namespace

fs::path shards_folder(const fs::path& stub) {
  fs::path folder = stub;
  folder.replace_extension(".shards");
  return folder;
}

fs::path registry_path(const fs::path& stub) { return shards_folder(stub) / "registry"; }

std::size_t shard_of(std::string_view id, std::size_t shards) {
  return static_cast<std::size_t>(XXH3_64bits(id.data(), id.size()) % shards);
}

Xapian::WritableDatabase open_shard_for_writing(const ShardSpec& shard, double lock_timeout) {
  if (!shard.remote()) return open_for_writing(shard.path, lock_timeout);
  // A server holds a writer's lock until it sees that writer's connection
  // end (a killed news-index): the lock is waited for as a local one is.
  try {
    Xapian::WritableDatabase db = retry_while_locked(lock_timeout, [&] {
      return shard.kind == ShardSpec::Kind::Tcp
                 ? Xapian::Remote::open_writable(shard.host, shard.port, 0, 10000)
                 : Xapian::Remote::open_writable(shard.program, shard.args);
    });
    check_features(db, shard.describe(), IndexUse::Index);
    record_features(db);
    return db;
  } catch (const Xapian::Error& e) {
    shard_failed(shard, e);
  }
}

Xapian::Database open_shards_for_reading(const std::vector<ShardSpec>& shards) {
  Xapian::Database all;
  for (const ShardSpec& shard : shards) {
    if (!shard.remote()) {
      all.add_database(open_for_reading(shard.path));
      continue;
    }
    try {
      all.add_database(shard.kind == ShardSpec::Kind::Tcp
                           ? Xapian::Remote::open(shard.host, shard.port)
                           : Xapian::Remote::open(shard.program, shard.args));
    } catch (const Xapian::Error& e) {
      shard_failed(shard, e);
    }
  }
  return all;
}

std::vector<ShardSpec> local_shards(const fs::path& folder, unsigned count,
                                    const std::vector<ShardSpec>& in_use) {
  for (unsigned generation = 1;; ++generation) {
    std::vector<ShardSpec> shards;
    bool taken = false;
    for (unsigned i = 0; i < count; ++i) {
      ShardSpec shard;
      shard.path = folder / fmt::format("shard-{}-of-{}{}", i, count,
                                        generation == 1 ? "" : fmt::format(".{}", generation));
      taken = taken || std::find(in_use.begin(), in_use.end(), shard) != in_use.end();
      shards.push_back(shard);
    }
    if (!taken) return shards;
  }
}

ShardDocid shard_docid(Xapian::docid docid, std::size_t shards) {
  return {(docid - 1) % shards, static_cast<Xapian::docid>((docid - 1) / shards + 1)};
}

} // namespace news
