// Putting a database built aside in the place of the database, in place.
//
// A compaction or a parallel build writes a whole new database into a
// scratch folder inside the database folder; then its files take the place
// of the old ones, table by table and the version file (iamglass) last. The
// folder the user named, its other files and its lock file (flintlock, held
// by the caller's writer, so that the lock covers the new tables too) are
// never renamed or removed; a scratch folder is removed only when it carries
// the mark this program puts in the ones it makes.
#pragma once

#include <filesystem>
#include <string>

namespace news {

/** A folder of this program's own inside the database folder, removed at the end. */
class ScratchFolder {
public:
  /**
   * Makes DATABASE/NAME with its mark, after removing one left by a run that
   * was killed. Throws news::Error when a folder of that name is there
   * without the mark: it is not ours to remove.
   */
  ScratchFolder(const std::filesystem::path& database, const std::string& name);
  /** Removes the folder, if it is still ours. */
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

/**
 * Removes the scratch folders (ours only) that runs killed half way left in
 * `database`. The caller holds the write lock: no run is using them.
 */
void remove_leftover_scratch(const std::filesystem::path& database);

/**
 * Moves the Xapian files of the database in `replacement` into `database`,
 * iamglass last, and removes the tables of `database` that `replacement` has
 * not. The caller holds the write lock and writes nothing to `database`
 * afterwards; readers that open it meanwhile see a changing database and
 * retry (open_for_reading).
 */
void swap_in_database(const std::filesystem::path& database,
                      const std::filesystem::path& replacement);

} // namespace news
