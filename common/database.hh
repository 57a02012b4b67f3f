// Where the database lives, and opening it with errors a user can act on.
//
// This is the one place that turns Xapian's opening and locking exceptions
// into news::Error messages; code above it never catches Xapian::Error for that.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <xapian.h>

namespace news {

/**
 * The database path: the --db option if given, else $NEWS_INDEX_DB, else
 * $XDG_DATA_HOME/news-index, else ~/.local/share/news-index.
 */
std::filesystem::path resolve_database_path(const std::optional<std::string>& option);

/**
 * Opens the database for searching. Throws news::Error (exit status 2) when
 * there is none at the path, with a hint on how to create one, or when its
 * schema version is not the one this build writes.
 */
Xapian::Database open_for_reading(const std::filesystem::path& path);

/**
 * Opens the database for writing, creating it (and its parent folders) if
 * needed. While another writer holds the lock it retries for up to
 * `lock_timeout` seconds, then throws news::Error with exit status 75 naming
 * the holder (see write_lock_owner); 2 on any other failure.
 */
Xapian::WritableDatabase open_for_writing(const std::filesystem::path& path,
                                          double lock_timeout = 0, int extra_flags = 0);

/**
 * Records who holds the write lock (pid, start time, command) in a file in
 * the database folder, so that a second writer can say who is in its way.
 */
void write_lock_owner(const std::filesystem::path& path, const std::string& command);
/** Removes that record, when the writer is done. */
void clear_lock_owner(const std::filesystem::path& path);

} // namespace news
