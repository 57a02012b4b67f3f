#include "indexer/database_swap.hh"

#include <fstream>
#include <set>
#include <system_error>
#include <vector>

#include <fmt/core.h>

#include "common/error.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

// The mark of a scratch folder this program made.
constexpr const char* kMark = "news-index.scratch";
// Glass's version file: which revision of each table is the database.
constexpr const char* kVersionFile = "iamglass";

bool is_ours(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / kMark, ec);
}

bool is_table(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.is_regular_file(ec) && entry.path().extension() == ".glass";
}

} // namespace

ScratchFolder::ScratchFolder(const fs::path& database, const std::string& name)
    : path_(database / name) {
  std::error_code ec;
  if (fs::exists(path_, ec)) {
    if (!is_ours(path_))
      throw Error(ExitCode::Usage,
                  fmt::format("{} is in the way and was not made by news-index", path_.string()),
                  "move it out of the index folder");
    fs::remove_all(path_); // left by a run that was killed
  }
  fs::create_directory(path_);
  std::ofstream(path_ / kMark) << "made by news-index, removed when it is done\n";
}

ScratchFolder::~ScratchFolder() {
  std::error_code ec;
  if (is_ours(path_)) fs::remove_all(path_, ec);
}

void remove_leftover_scratch(const fs::path& database) {
  for (const char* name : {".shards", ".merging", ".compacting"}) {
    std::error_code ec;
    if (is_ours(database / name)) fs::remove_all(database / name, ec);
  }
}

void swap_in_database(const fs::path& database, const fs::path& replacement) {
  if (!fs::is_regular_file(replacement / kVersionFile))
    throw Error(ExitCode::Usage, fmt::format("no database was built in {}", replacement.string()));
  std::set<fs::path> tables;
  for (const fs::directory_entry& entry : fs::directory_iterator(replacement))
    if (is_table(entry)) tables.insert(entry.path().filename());
  // Each rename is atomic; the old file lives on for readers that have it open.
  for (const fs::path& table : tables)
    fs::rename(replacement / table, database / table);
  fs::rename(replacement / kVersionFile, database / kVersionFile);
  std::vector<fs::path> stale;
  for (const fs::directory_entry& entry : fs::directory_iterator(database))
    if (is_table(entry) && !tables.contains(entry.path().filename())) stale.push_back(entry.path());
  for (const fs::path& table : stale)
    fs::remove(table);
}

} // namespace news
