#include "common/database.hh"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <thread>

#include <system_error>
#include <unistd.h>

#include <fmt/core.h>

#include "common/config_file.hh"
#include "common/date.hh"
#include "common/error.hh"
#include "common/index_features.hh"
#include "common/lock_wait.hh"
#include "common/swap_marks.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

constexpr const char* kLockOwnerFile = "news-index.owner";

// What is found at a database path before opening it.
enum class Found {
  Nothing,     /**< no such path, or an empty folder: a database may be created */
  Database,    /**< a folder with Xapian's version file */
  Damaged,     /**< a folder with some of Xapian's files but not the version file */
  OtherFolder, /**< a folder of something else: never written to */
  NotAFolder,  /**< a file */
};

// Xapian's files, and the lock owner record news-index keeps beside them.
bool is_xapian_file(const fs::path& name) {
  return name == "iamglass" || name == "flintlock" || name.extension() == ".glass" ||
         name == kLockOwnerFile;
}

Found look_at(const fs::path& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) return Found::Nothing;
  if (!fs::is_directory(status)) return Found::NotAFolder;
  if (fs::exists(path / "iamglass", ec)) return Found::Database;
  bool empty = true;
  for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
    if (is_xapian_file(entry.path().filename())) return Found::Damaged;
    empty = false;
  }
  return empty ? Found::Nothing : Found::OtherFolder;
}

Error damaged(const fs::path& path, const std::string& what) {
  return Error(ErrorKind::Database,
               fmt::format("the index at {} is damaged: {}", path.string(), what),
               fmt::format("check it with: xapian-check {}", path.string()));
}

// Refuses what must never be opened as an index: a file, a folder of
// something else, a damaged database (which DB_CREATE_OR_OPEN would
// overwrite when its postlist is missing).
void refuse_unless_usable(const fs::path& path, Found found) {
  switch (found) {
  case Found::Nothing:
  case Found::Database:
    return;
  case Found::Damaged:
    throw damaged(path, "Xapian's version file iamglass is missing");
  case Found::OtherFolder:
    throw Error(ErrorKind::Database,
                fmt::format("{} is a folder that is not a news index: refusing to write to it "
                            "(give --db a new or empty folder)",
                            path.string()));
  case Found::NotAFolder:
    throw Error(ErrorKind::Database,
                fmt::format("{} is a file, not a news index folder", path.string()));
  }
}

// The index this process uses, named in the errors met while using it. A
// server opens it on several threads.
struct InUse {
  std::mutex mutex;
  fs::path path;
};

InUse& in_use() {
  static InUse the_one;
  return the_one;
}

fs::path database_in_use() {
  InUse& state = in_use();
  const std::lock_guard lock(state.mutex);
  return state.path;
}

void note_in_use(const fs::path& path) {
  InUse& state = in_use();
  const std::lock_guard lock(state.mutex);
  if (state.path.empty()) state.path = path;
}

bool is_permission_error(const Xapian::Error& e) {
  const char* reason = e.get_error_string();
  return reason != nullptr && (std::strcmp(reason, std::strerror(EACCES)) == 0 ||
                               std::strcmp(reason, std::strerror(EROFS)) == 0 ||
                               std::strcmp(reason, std::strerror(EPERM)) == 0);
}

// Damage inside a block of the spelling table, which every commit updates
// all over, makes libxapian 1.4's writer crash or corrupt the heap (it was
// also seen looping): it checks a block's header when reading it, not the
// items the header points to. So that table
// is checked before writing: it grows with the vocabulary, not the articles
// (Reuters-21578: 2 MB, 22 ms of CPU; the whole database would take 560 ms).
void check_spelling_table(const fs::path& path) {
  const fs::path table = path / "spelling.glass";
  std::error_code ec;
  if (!fs::exists(table, ec)) return;
  std::size_t errors = 0;
  try {
    errors = Xapian::Database::check(table.string());
  } catch (const Xapian::Error& e) {
    throw damaged(path, "spelling.glass: " + e.get_description());
  }
  if (errors > 0) throw damaged(path, fmt::format("spelling.glass: {} errors", errors));
}

// Whether an error is the database's own (a table damaged, missing, cut
// short) rather than the system's (no more files, no memory, no permission).
bool is_damage(const Xapian::Error& e) {
  const std::string type = e.get_type();
  if (type == "DatabaseCorruptError" || type == "DatabaseModifiedError") return true;
  if (e.get_msg().starts_with("EOF reading block")) return true;
  if (type != "DatabaseOpeningError" && type != "DatabaseNotFoundError") return false;
  const char* reason = e.get_error_string();
  return reason == nullptr || *reason == '\0' || std::strcmp(reason, std::strerror(ENOENT)) == 0;
}

Error cannot_open(const fs::path& path, const Xapian::Error& e, const char* purpose) {
  return Error(ErrorKind::Database, fmt::format("cannot open the index at {}{}: {}", path.string(),
                                                purpose, e.get_description()));
}

Error permission_denied(const fs::path& path) {
  return Error(ErrorKind::Database,
               fmt::format("cannot write to the index at {}: permission denied", path.string()),
               "run as a user who may write to it, or give --db another folder");
}

// A swap of a database built aside (indexer/database_swap) that has begun
// and not ended: the folder shows old and new tables, whatever Xapian says.
bool swap_unfinished(const fs::path& path) {
  std::error_code ec;
  for (const char* name : kSwapScratchFolders) {
    const fs::path scratch = path / name;
    if (fs::exists(scratch / kScratchMark, ec) && fs::exists(scratch / kSwapReadyMark, ec) &&
        fs::exists(scratch / "iamglass", ec))
      return true;
  }
  return false;
}

Error half_swapped(const fs::path& path) {
  return Error(ErrorKind::Database,
               fmt::format("the index at {} is being swapped in: a compact or a parallel build "
                           "stopped before it was done",
                           path.string()),
               fmt::format("any news-index command that writes finishes it, e.g.: "
                           "news-index --db {} sync",
                           path.string()));
}

std::string read_lock_owner(const fs::path& path) {
  std::ifstream in(path / kLockOwnerFile);
  std::string line;
  std::getline(in, line);
  return line;
}

} // namespace

void write_lock_owner(const fs::path& path, const std::string& command) {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  std::ofstream(path / kLockOwnerFile)
      << fmt::format("pid {}, {} since {}", getpid(), command, format_iso8601(Date{now})) << '\n';
}

void clear_lock_owner(const fs::path& path) {
  std::error_code ec;
  fs::remove(path / kLockOwnerFile, ec);
}

Setting locate_database(const std::optional<std::string>& option) {
  if (option && option->empty())
    throw Error(ErrorKind::Usage, "empty --db: give the index folder, or leave --db out");
  if (option) return {*option, "--db"};
  if (auto env = environment_value("NEWS_INDEX_DB")) return {*env, "$NEWS_INDEX_DB"};
  if (const auto& configured = config_file().database) return *configured;
  if (auto xdg = environment_value("XDG_DATA_HOME"))
    return {(fs::path(*xdg) / "news-index").string(), "default ($XDG_DATA_HOME/news-index)"};
  if (auto home = environment_value("HOME"))
    return {(fs::path(*home) / ".local/share/news-index").string(),
            "default (~/.local/share/news-index)"};
  throw Error(ErrorKind::Database, "cannot locate the index: neither --db, $NEWS_INDEX_DB, "
                                   "a config file's database, $XDG_DATA_HOME nor $HOME is set");
}

fs::path resolve_database_path(const std::optional<std::string>& option) {
  return fs::path(locate_database(option).value);
}

Xapian::Database open_for_reading(const fs::path& path) {
  const Found found = look_at(path);
  if (found == Found::Nothing) {
    throw Error(ErrorKind::Database,
                fmt::format("no news index at {} (create one with: news-index add PATH...)",
                            path.string()));
  }
  if (found == Found::Damaged || found == Found::NotAFolder) refuse_unless_usable(path, found);
  if (found != Found::Database) {
    throw Error(ErrorKind::Database, fmt::format("{} is not a news index (create one with: "
                                                 "news-index --db {} add PATH...)",
                                                 path.string(), path.string()));
  }
  note_in_use(path);
  // A writer committing twice meanwhile discards the revision just opened
  // (DatabaseModifiedError), and one swapping in a compacted database shows
  // a mix of old and new files for a moment: open again, a few times, before
  // calling the database damaged, or half swapped when a swap was stopped
  // (a reader never finishes it: it writes nothing).
  constexpr int kAttempts = 10;
  for (int attempt = 1;; ++attempt) {
    try {
      if (!swap_unfinished(path)) {
        Xapian::Database db(path.string());
        // An index without what this program reads would give wrong results.
        check_features(db, path, IndexUse::Search);
        if (!swap_unfinished(path)) return db;
      }
    } catch (const Xapian::DatabaseError& e) {
      if (!is_damage(e)) throw cannot_open(path, e, "");
      if (attempt >= kAttempts && !swap_unfinished(path)) throw damaged(path, e.get_description());
    }
    if (attempt >= kAttempts && swap_unfinished(path)) throw half_swapped(path);
    std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt));
  }
}

Xapian::WritableDatabase open_for_writing(const fs::path& path, double lock_timeout,
                                          int extra_flags) {
  const Found found = look_at(path);
  refuse_unless_usable(path, found);
  std::error_code ec;
  if (found == Found::Nothing && path.has_parent_path())
    fs::create_directories(path.parent_path(), ec);
  if (found == Found::Database && access(path.c_str(), W_OK) != 0) throw permission_denied(path);
  note_in_use(path);
  // Only a new or empty folder is created in; an existing database is only
  // opened, never created over (Xapian would, were its postlist missing).
  const int mode = found == Found::Database ? Xapian::DB_OPEN : Xapian::DB_CREATE_OR_OPEN;
  try {
    return retry_while_locked(lock_timeout, [&] {
      try {
        Xapian::WritableDatabase db(path.string(), mode | extra_flags);
        if (found == Found::Database) check_spelling_table(path); // under the lock
        check_features(db, path, IndexUse::Index);
        record_features(db);
        return db;
      } catch (const Xapian::DatabaseLockError& e) {
        if (is_permission_error(e)) throw permission_denied(path);
        throw;
      }
    });
  } catch (const Xapian::DatabaseLockError&) {
    const std::string owner = read_lock_owner(path);
    throw Error(ErrorKind::Locked,
                fmt::format("the index at {} is locked by another writer{}", path.string(),
                            owner.empty() ? "" : " (" + owner + ")"));
  } catch (const Xapian::DatabaseError& e) {
    if (found == Found::Database && is_damage(e)) throw damaged(path, e.get_description());
    if (is_permission_error(e)) throw permission_denied(path);
    throw cannot_open(path, e, " for writing");
  }
}

Error explain_database_error(const Xapian::Error& e) {
  const fs::path path = database_in_use();
  if (is_damage(e) && !path.empty()) return damaged(path, e.get_description());
  return Error(ErrorKind::Database, fmt::format("Xapian error: {}", e.get_description()));
}

} // namespace news
