// The searcher's own writes to the index: saved searches (--save, --unsave)
// and where each watch stopped, in its metadata. They take the write lock as
// news-index does (common/database's open_for_writing), so that they never
// meet a sync half way; while a writer holds it they say so and wait. The
// changes are one transaction: Xapian would commit them when the database
// is closed, and a command that stops on an error must leave none.
#pragma once

#include <filesystem>
#include <string>

#include <xapian.h>

#include "searcher/sink.hh"

namespace news {

/** How long --save, --unsave and watch wait for another writer by default. */
inline constexpr double kMetadataLockWait = 60;

class MetadataWriter {
public:
  /**
   * Opens the index at `path`, which must be one (news::Error otherwise, as
   * for a search: nothing is created). When it is locked, notes so on
   * `sink` and waits up to `lock_wait` seconds, then throws news::Error
   * (exit status 75) naming the holder. `command` names this writer to others.
   */
  MetadataWriter(const std::filesystem::path& path, const std::string& command, Sink& sink,
                 double lock_wait = kMetadataLockWait);
  ~MetadataWriter();
  MetadataWriter(const MetadataWriter&) = delete;
  MetadataWriter& operator=(const MetadataWriter&) = delete;

  Xapian::WritableDatabase& database() { return db_; }
  /** Makes the changes durable; without it (an error on the way) none is kept. */
  void commit();

private:
  std::filesystem::path path_;
  Xapian::WritableDatabase db_;
  bool committed_ = false;
};

} // namespace news
