// A sharded index on disk, as news-index keeps it (docs/SCALING.md):
//
//   archive.stub            Xapian's stub file (common/stub_file): the shards,
//                           one a line, local folders or remote servers;
//                           what `news-search --db archive.stub` opens
//   archive.shards/0 .. N-1 the local shards (`init --shards N`)
//   archive.shards/registry the indexer's own database: roots, file registry,
//                           failures (metadata only, no articles), and the
//                           write lock of the whole index
//
// The registry lives with the indexer, not in a shard: the paths it records
// are the indexing machine's, its commit is the last of each batch (so it
// never records an article no shard has committed), and a shard may be a
// remote server the registry must not depend on.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/stub_file.hh"

namespace news {

/** The folder beside a stub file that holds its local shards and its registry. */
std::filesystem::path shards_folder(const std::filesystem::path& stub);

/** The registry database of a sharded index. */
std::filesystem::path registry_path(const std::filesystem::path& stub);

/**
 * The local shards of a new layout of `count` in `folder`: named by their
 * number and the count (`shard-0-of-4`), so that a reshard's new ones never
 * take an old one's name; when one of those is `in_use` (a rebuild with the
 * same count), all get the first suffix (`.2`, `.3`...) none in use has.
 */
std::vector<ShardSpec> local_shards(const std::filesystem::path& folder, unsigned count,
                                    const std::vector<ShardSpec>& in_use = {});

/**
 * The shard an article belongs to: a stable hash (XXH3) of its id modulo
 * `shards`, the same on every machine and in every version, so that a
 * replaced or removed article is always looked for in one place.
 */
std::size_t shard_of(std::string_view id, std::size_t shards);

/**
 * Opens one shard to write: a local folder (created when missing, as
 * open_for_writing does), or a server (xapian-tcpsrv --writable, or a
 * program such as `ssh host xapian-progsrv --writable PATH`). A remote
 * shard's features are checked and recorded as a local one's. Throws
 * news::Error naming the shard when it cannot be opened (75 when locked).
 */
Xapian::WritableDatabase open_shard_for_writing(const ShardSpec& shard, double lock_timeout);

/** Opens every shard of a stub to read, as one database; throws news::Error naming a shard. */
Xapian::Database open_shards_for_reading(const std::vector<ShardSpec>& shards);

/** Where the article with combined docid `docid` lies: its shard and its docid there. */
struct ShardDocid {
  std::size_t shard;
  Xapian::docid docid;
};
/** Xapian's interleaving of a database made of `shards` databases. */
ShardDocid shard_docid(Xapian::docid docid, std::size_t shards);

} // namespace news
