// Putting a database built aside in the place of the database, in place.
//
// A compaction or a parallel build writes a whole new database into a
// scratch folder inside the database folder; then its files take the place
// of the old ones, table by table and the version file (iamglass) last. The
// folder the user named, its other files and its lock file (flintlock, held
// by the caller's writer, so that the lock covers the new tables too) are
// never renamed or removed; a scratch folder is removed only when it carries
// the mark this program puts in the ones it makes.
//
// The swap rolls forward: before the first rename the new database is on
// disk and the scratch folder carries a "ready" mark listing what to move;
// a swap stopped half way (killed, power lost) leaves old and new tables
// side by side, and the next writer finishes it before opening the database.
#pragma once

#include <filesystem>
#include <string>

namespace news {

/** A folder of this program's own inside the database folder, removed at the end. */
class ScratchFolder {
public:
  /**
   * Makes DATABASE/NAME with its mark, after finishing the swap of one left
   * by a run that was killed (when it was ready) and removing it. Throws
   * news::Error when a folder of that name is there without the mark: it is
   * not ours to remove.
   */
  ScratchFolder(const std::filesystem::path& database, const std::string& name);
  /** Removes the folder, if it is still ours. */
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path database_;
  std::filesystem::path path_;
};

/**
 * Finishes the swaps that were stopped half way in `database`: moves the
 * tables still in each ready scratch folder into it, iamglass last, removes
 * the tables the new database has not, then the scratch folder. Safe without
 * the write lock (a writer calls it before opening the database, which may
 * not open while it is half swapped) and by two processes at once: a table
 * already moved is skipped, iamglass moves once every table has. Returns
 * whether there was one.
 */
bool finish_interrupted_swaps(const std::filesystem::path& database);

/**
 * Finishes the interrupted swaps, then removes the other scratch folders
 * (ours only) that runs killed half way left in `database`: their database
 * was never complete. The caller holds the write lock: no run is using them.
 * Returns whether a swap was finished (the caller's open database is then
 * the old one, to be opened again).
 */
bool remove_leftover_scratch(const std::filesystem::path& database);

/**
 * Moves the Xapian files of the database in `replacement` (a ScratchFolder)
 * into `database`, iamglass last, and removes the tables of `database` that
 * `replacement` has not. First the new files are synced to disk and the
 * ready mark written; the database folder is synced after the renames. The
 * caller holds the write lock and writes nothing to `database` afterwards;
 * readers that open it meanwhile see a changing database and retry
 * (open_for_reading).
 */
void swap_in_database(const std::filesystem::path& database,
                      const std::filesystem::path& replacement);

} // namespace news
