// The commands that look after the index rather than read files:
// `sources`, `remove`, `stats`, `compact`, `config`, `rebuild`; `init` and
// `reshard` (sharded indexes). One file each.
#pragma once

#include <string>
#include <vector>

namespace news {

/** `sources [--failed] [--format text|json]`: the roots, or the files that failed. */
int run_sources_command(const std::vector<std::string>& args);
/** `remove PATH|ID...`: a root, a file or an article, with their articles. */
int run_remove_command(const std::vector<std::string>& args);
/** `stats [--format text|json]`: what the index holds. */
int run_stats_command(const std::vector<std::string>& args);
/** `config`: the settings in effect and where each came from. */
int run_config_command(const std::vector<std::string>& args);
/** `compact`: rewrites the index smaller and swaps it in (each local shard of a sharded one). */
int run_compact_command(const std::vector<std::string>& args);
/** `init --shards N | --remote SHARD...`: makes a sharded index (shard_commands.cc). */
int run_init_command(const std::vector<std::string>& args);
/** `reshard N`: shares a sharded index's articles out over N new local shards. */
int run_reshard_command(const std::vector<std::string>& args);
/** `rebuild`: indexes the recorded roots again into a new index (a new schema) and swaps it in. */
int run_rebuild_command(const std::vector<std::string>& args);

} // namespace news
