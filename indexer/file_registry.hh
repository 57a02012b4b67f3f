// What the index knows about each input file and each root it was given:
// kept in the database's metadata, so that it is committed together with
// the articles (a crash loses both or neither).
//
//   file:PATH -> {"size", "mtime", "hash", "articles", "error"}
//   roots     -> [{"path", "last_sync"}, ...]
#pragma once

#include <cstdint>
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

/** A folder or file given to `add`, which `sync` walks again. */
struct Root {
  std::string path;
  std::string last_sync; /**< ISO 8601, empty before the first sync */
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
  /** Adds a root if it is new. */
  void add_root(const std::string& path);

private:
  const Xapian::Database& database() const { return reader_ ? *reader_ : db_; }
  Xapian::WritableDatabase db_;
  std::optional<Xapian::Database> reader_;
};

/** Whether `path` is `root` or lies under it. */
bool is_under(const std::string& path, const std::string& root);

} // namespace news
