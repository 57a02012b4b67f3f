// What the index knows about each input file and each root it was given:
// kept in the database's metadata, so that it is committed together with
// the articles (a crash loses both or neither).
//
//   file:PATH -> {"path", "size", "mtime", "hash", "articles", "error"}
//   roots     -> [{"path", "last_sync", "read_options", "excluded"}, ...]
//
// Paths are bytes (a folder may be named in Latin-1): the key holds them as
// they are, and a string that is not UTF-8 is stored in JSON as {"hex": ...}
// (its bytes in hexadecimal), so that every path reads back byte for byte.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace news {

/** One input file as last indexed. */
struct FileRecord {
  std::string path;
  std::uintmax_t size = 0;
  long long mtime_ns = 0; /**< modification time, nanoseconds since the epoch */
  std::string hash;       /**< hash of the file's bytes */
  unsigned articles = 0;  /**< articles it gave */
  std::string error;      /**< why it failed; empty when it was indexed */
};

/**
 * Options as given on a command line: each option's name (without `--`)
 * with the values of its occurrences, in order (none for a switch such as
 * `no-entities`).
 */
using OptionValues = std::map<std::string, std::vector<std::string>>;

/** A folder or file given to `add`, which `sync` walks again. */
struct Root {
  std::string path;
  std::string last_sync;     /**< ISO 8601, empty before the first sync */
  OptionValues read_options; /**< how its files are read (--map...), as given to `add` */
  /** Files and folders under it that `remove` took out: never walked again (until `add`). */
  std::vector<std::string> excluded;
};

class FileRegistry {
public:
  explicit FileRegistry(Xapian::WritableDatabase db) : db_(std::move(db)) {}
  /** Read-only use (sources, stats). */
  explicit FileRegistry(const Xapian::Database& db) : reader_(db) {}

  std::optional<FileRecord> get(const std::string& path) const;
  void put(const FileRecord& record);
  void erase(const std::string& path);
  /** Every file record, or those under one root. */
  std::vector<FileRecord> files(const std::string& under = {}) const;

  std::vector<Root> roots() const;
  void set_roots(const std::vector<Root>& roots);
  /** The root `path` itself, if it is one. */
  std::optional<Root> root(const std::string& path) const;
  /** Records a root (new, or replacing the one with its path). */
  void put_root(const Root& root);
  /**
   * Forgets what the files under `root` looked like (not their articles), so
   * that the next visit reads each of them again: after their read options changed.
   */
  void forget_contents(const std::string& root);

private:
  const Xapian::Database& database() const { return reader_ ? *reader_ : db_; }
  Xapian::WritableDatabase db_;
  std::optional<Xapian::Database> reader_;
};

/** Whether `path` is `root` or lies under it. */
bool is_under(const std::string& path, const std::string& root);

} // namespace news
