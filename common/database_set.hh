// The databases one search spans: each --db a local index, a stub file
// (common/stub_file) or a remote spec, every shard opened and checked on its
// own, then combined into one Xapian::Database (Database::add_database),
// whose statistics (and so weights, totals and collapse) are those of one
// database holding all the articles.
//
// Checked per shard because a combined database answers get_metadata from
// its first shard only: each local one as open_for_reading checks it, each
// remote one for its features, and all of them for the same schema.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "common/stub_file.hh"

namespace news {

/** How the shards are opened. */
struct ShardOptions {
  /** --allow-partial: shards that do not answer are left out (and listed), not an error. */
  bool allow_partial = false;
  unsigned timeout_ms = 10'000;        /**< a remote shard's answer to each message */
  unsigned connect_timeout_ms = 5'000; /**< connecting to a remote shard */
};

/**
 * The shards that the --db options name, in order: each a local index
 * folder, a stub file (its lines, a stub named in a stub read too, 8 deep
 * at most) or `remote HOST:PORT` / `remote :PROGRAM ARGS` given as is; none
 * given: the default index (resolve_database_path). A remote spec is never
 * looked for on disk. Throws news::Error (usage) for an empty --db, and
 * (database) for a stub file that does not parse.
 */
std::vector<ShardSpec> resolve_shards(const std::vector<std::string>& db_options);

/**
 * One shard opened for reading: a local one by open_for_reading, a remote
 * one by Xapian::Remote::open and checked for its features. Throws
 * news::Error (database) naming the shard.
 */
Xapian::Database open_shard(const ShardSpec& shard, const ShardOptions& options);

/** Throws news::Error (database) naming the shard whose schema (schema version, features)
 *  differs from the first shard's; `shards[i]` is the spec of `databases[i]`. */
void check_same_schema(const std::vector<Xapian::Database>& databases,
                       const std::vector<ShardSpec>& shards);

class DatabaseSet {
public:
  DatabaseSet(std::vector<ShardSpec> shards, ShardOptions options);

  /**
   * Every shard opened and checked, combined. A shard that cannot be
   * opened: news::Error naming it, or with allow_partial (for a shard that
   * does not answer, not for one refused) it is left out and listed in
   * missing(); none left is an error.
   */
  Xapian::Database open();

  /**
   * After a Xapian::NetworkError met while searching the combined
   * database: finds the remote shards that do not answer and throws
   * news::Error naming them, or with allow_partial records them as missing
   * (the next open() leaves them out, trying each again). Rethrows the
   * error when every shard answers.
   */
  void shard_lost(const Xapian::NetworkError& error);

  const std::vector<ShardSpec>& shards() const { return shards_; }
  /** The shards left out of the last open(), as describe() names them. */
  const std::vector<std::string>& missing() const { return missing_; }
  /** Whether a shard of the last open() is remote (its counting and totals differ: search.hh). */
  bool any_remote() const { return any_remote_; }
  bool allow_partial() const { return options_.allow_partial; }

private:
  std::vector<ShardSpec> shards_;
  ShardOptions options_;
  std::vector<std::string> missing_;
  bool any_remote_ = false;
};

} // namespace news
