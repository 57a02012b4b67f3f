// `rebuild` of a sharded index (docs/SCALING.md): its recorded roots indexed
// again into as many new local shards and a new registry, beside the old
// ones, then the stub switched to them in one rename, as reshard does.
#pragma once

#include <filesystem>

#include "indexer/run_options_cli.hh"

namespace news {

/**
 * Rebuilds the sharded index of the stub file `stub` under its registry's
 * lock (held whatever its schema, so nothing writes meanwhile). A kill
 * before the switch leaves the old index whole; the new shards are local,
 * as reshard's are. Returns the exit status of the indexing (1 when a file
 * failed); throws news::Error when there is nothing recorded to read again.
 */
int rebuild_sharded_index(const std::filesystem::path& stub, const WriterArgs& writing);

} // namespace news
