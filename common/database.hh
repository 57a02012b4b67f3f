// Where the database lives, and opening it with errors a user can act on.
//
// This is the one place that turns Xapian's exceptions (opening, locking,
// damage met later) into news::Error messages; code above it never catches
// Xapian::Error for that.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <xapian.h>

#include "common/error.hh"

namespace news {

struct Setting; // common/config_file.hh

/**
 * The database path: the --db option if given (empty: news::Error), else $NEWS_INDEX_DB, else
 * the config file's `database` (config_file.hh), else $XDG_DATA_HOME/news-index, else
 * ~/.local/share/news-index.
 */
std::filesystem::path resolve_database_path(const std::optional<std::string>& option);

/** resolve_database_path's answer, with where it came from (`--db`, `FILE:LINE`...). */
Setting locate_database(const std::optional<std::string>& option);

/**
 * Opens the database for searching. Throws news::Error (exit status 2) when
 * there is none at the path, with a hint on how to create one, when it
 * lacks a feature a search needs (index_features.hh), or when it is damaged
 * (after a few tries: a compaction being swapped in looks damaged for a
 * moment), suggesting xapian-check; or when a swap was stopped half way
 * (indexer/database_swap), saying that the next writer finishes it. It never
 * writes anything.
 */
Xapian::Database open_for_reading(const std::filesystem::path& path);

/**
 * Opens the database for writing, creating it (and its parent folders) when
 * the path is missing or an empty folder. Never writes to a file, a folder
 * that is not empty and not a Xapian database, a damaged database (some
 * of Xapian's files, but one that cannot be opened), or an index that lacks
 * a feature writing needs; records the features of a new index. While another writer
 * holds the lock it retries for up to `lock_timeout` seconds, then throws
 * news::Error with exit status 75 naming the holder (see write_lock_owner);
 * 2 on any other failure, a folder it may not write to included.
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

/**
 * A Xapian error met while using the index (once opened) as a news::Error:
 * damage (a corrupt block, "EOF reading block", a revision that keeps
 * changing) names the index this process opened and suggests xapian-check;
 * anything else is "Xapian error: ...". run_main (cli.hh) calls it for every
 * Xapian::Error that reaches it, so that no command catches them itself.
 */
Error explain_database_error(const Xapian::Error& e);

} // namespace news
