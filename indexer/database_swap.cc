#include "indexer/database_swap.hh"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/core.h>

#include "common/error.hh"
#include "common/swap_marks.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

// Glass's version file: which revision of each table is the database.
constexpr const char* kVersionFile = "iamglass";
// The first line of a ready mark; then "move TABLE" for each table of the
// new database and "remove TABLE" for each table of the old one it has not.
constexpr const char* kReadyHeader = "news-index swap ready";

// TEST ONLY: NEWS_TEST_KILL_DURING_SWAP=N makes this process kill itself
// (SIGKILL, as a power loss would stop it) right after it has moved N tables
// of a swap, so that the tests stop a swap half way without sleeping. Read
// once; unset (or 0) in normal use.
unsigned kill_after_tables() {
  static const unsigned count = [] {
    const char* value = std::getenv("NEWS_TEST_KILL_DURING_SWAP");
    unsigned parsed = 0;
    if (value != nullptr) std::from_chars(value, value + std::strlen(value), parsed);
    return parsed;
  }();
  return count;
}

bool is_ours(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / kScratchMark, ec);
}

bool is_table(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.is_regular_file(ec) && entry.path().extension() == ".glass";
}

// A table's file name, and nothing that could lead out of the folder.
bool is_table_name(const std::string& name) {
  return name.size() > 6 && name.ends_with(".glass") && name.find('/') == std::string::npos;
}

std::system_error system_error_about(const std::string& what, const fs::path& path) {
  return std::system_error(errno, std::generic_category(), what + " " + path.string());
}

// Writes a file's data, or a folder's entries, to the disk.
void sync_to_disk(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw system_error_about("cannot open", path);
  if (::fsync(fd) != 0) {
    const std::system_error error = system_error_about("cannot sync", path);
    ::close(fd);
    throw error;
  }
  ::close(fd);
}

// What a swap moves and removes, as its ready mark lists it.
struct SwapPlan {
  std::vector<std::string> tables; /**< of the new database, moved in */
  std::vector<std::string> stale;  /**< of the old one, removed at the end */
};

// Written to a temporary name, synced, renamed, the folder synced: once it
// is there, it is whole and the database it describes is on the disk.
void write_ready_mark(const fs::path& scratch, const SwapPlan& plan) {
  const fs::path temporary = scratch / (std::string(kSwapReadyMark) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << kReadyHeader << '\n';
    for (const std::string& table : plan.tables)
      out << "move " << table << '\n';
    for (const std::string& table : plan.stale)
      out << "remove " << table << '\n';
    out.close();
    if (!out) throw Error(ErrorKind::Database, fmt::format("cannot write {}", temporary.string()));
  }
  sync_to_disk(temporary);
  fs::rename(temporary, scratch / kSwapReadyMark);
  sync_to_disk(scratch);
}

// The plan of a scratch folder of ours that is ready to swap; none when it
// is not (its database was never complete) or it is gone (the swap is done).
std::optional<SwapPlan> read_ready_mark(const fs::path& scratch) {
  if (!is_ours(scratch)) return std::nullopt;
  std::ifstream in(scratch / kSwapReadyMark);
  if (!in) return std::nullopt;
  const auto unreadable = [&] {
    return Error(ErrorKind::Database,
                 fmt::format("{} is not a swap mark news-index can read: the swap it describes "
                             "is left as it is",
                             (scratch / kSwapReadyMark).string()),
                 "check the index with xapian-check");
  };
  std::string line;
  if (!std::getline(in, line) || line != kReadyHeader) throw unreadable();
  SwapPlan plan;
  while (std::getline(in, line)) {
    if (line.starts_with("move ") && is_table_name(line.substr(5)))
      plan.tables.push_back(line.substr(5));
    else if (line.starts_with("remove ") && is_table_name(line.substr(7)))
      plan.stale.push_back(line.substr(7));
    else
      throw unreadable();
  }
  return plan;
}

// A rename whose source is gone was made by another process finishing the
// same swap: skipped. Returns whether this one moved it.
bool move_if_there(const fs::path& from, const fs::path& to) {
  if (::rename(from.c_str(), to.c_str()) == 0) return true;
  if (errno == ENOENT) return false;
  throw system_error_about("cannot move " + from.string() + " to", to);
}

// The renames, from a ready mark: each is atomic, and the old file lives on
// for readers that have it open. Run again, or by two processes at once, it
// ends the same.
void complete_swap(const fs::path& database, const fs::path& scratch, const SwapPlan& plan) {
  unsigned moved = 0;
  for (const std::string& table : plan.tables) {
    if (move_if_there(scratch / table, database / table) && ++moved == kill_after_tables())
      std::raise(SIGKILL);
  }
  // Every table has been moved, by this process or another: the new version
  // file makes them the database.
  move_if_there(scratch / kVersionFile, database / kVersionFile);
  for (const std::string& table : plan.stale) {
    std::error_code ec;
    fs::remove(database / table, ec);
  }
  sync_to_disk(database);
}

// The ready mark first (the swap is done), the scratch mark last (until it
// goes, the folder is known to be ours). Another process may be removing it too.
void remove_scratch(const fs::path& folder) {
  std::error_code ec;
  fs::remove(folder / kSwapReadyMark, ec);
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
    if (entry.path().filename() != kScratchMark) entries.push_back(entry.path());
  for (const fs::path& entry : entries)
    fs::remove_all(entry, ec);
  fs::remove(folder / kScratchMark, ec);
  fs::remove(folder, ec);
}

} // namespace

ScratchFolder::ScratchFolder(const fs::path& database, const std::string& name)
    : database_(database), path_(database / name) {
  std::error_code ec;
  if (fs::exists(path_, ec)) {
    if (!is_ours(path_))
      throw Error(ErrorKind::Database,
                  fmt::format("{} is in the way and was not made by news-index", path_.string()),
                  "move it out of the index folder");
    // Left by a run that was killed: its swap is finished if it had begun.
    if (const std::optional<SwapPlan> plan = read_ready_mark(path_))
      complete_swap(database_, path_, *plan);
    remove_scratch(path_);
  }
  fs::create_directory(path_);
  std::ofstream(path_ / kScratchMark) << "made by news-index, removed when it is done\n";
}

ScratchFolder::~ScratchFolder() {
  if (is_ours(path_)) remove_scratch(path_);
}

bool finish_interrupted_swaps(const fs::path& database) {
  bool finished = false;
  for (const char* name : kSwapScratchFolders) {
    const fs::path scratch = database / name;
    if (const std::optional<SwapPlan> plan = read_ready_mark(scratch)) {
      complete_swap(database, scratch, *plan);
      remove_scratch(scratch);
      finished = true;
    }
  }
  return finished;
}

bool remove_leftover_scratch(const fs::path& database) {
  const bool finished = finish_interrupted_swaps(database);
  for (const char* name : {".shards", ".merging", ".compacting"})
    if (is_ours(database / name)) remove_scratch(database / name);
  return finished;
}

void swap_in_database(const fs::path& database, const fs::path& replacement) {
  if (!fs::is_regular_file(replacement / kVersionFile))
    throw Error(ErrorKind::Database,
                fmt::format("no database was built in {}", replacement.string()));
  SwapPlan plan;
  std::set<std::string> tables;
  for (const fs::directory_entry& entry : fs::directory_iterator(replacement)) {
    if (!entry.is_regular_file()) continue;
    if (is_table(entry)) tables.insert(entry.path().filename().string());
    sync_to_disk(entry.path()); // the tables, iamglass
  }
  plan.tables.assign(tables.begin(), tables.end());
  for (const fs::directory_entry& entry : fs::directory_iterator(database))
    if (is_table(entry) && !tables.contains(entry.path().filename().string()))
      plan.stale.push_back(entry.path().filename().string());
  // From here on the swap is finished, by this process or, were it stopped,
  // by the next writer.
  write_ready_mark(replacement, plan);
  complete_swap(database, replacement, plan);
  std::error_code ec;
  fs::remove(replacement / kSwapReadyMark, ec); // done; the caller removes the folder
}

} // namespace news
