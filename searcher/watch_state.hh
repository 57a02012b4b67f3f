// Where `news-search watch NAME` stopped last time: the greatest docid the
// index had then (arrivals.hh says why docids), in the index's metadata
// under `watched:NAME` (kMetadata, common/schema.hh), so that it goes with
// the index and is written under its write lock.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace news {

struct WatchState {
  Xapian::docid last_seen = 0; /**< articles above it are news to the next run */
};

/** The state of a watch; nullopt before its first run. */
std::optional<WatchState> read_watch_state(const Xapian::Database& db, const std::string& name);

/** Records it; the caller commits. */
void write_watch_state(Xapian::WritableDatabase& db, const std::string& name, WatchState state);

/** Forgets it (its saved search is removed); the caller commits. */
void clear_watch_state(Xapian::WritableDatabase& db, const std::string& name);

} // namespace news
