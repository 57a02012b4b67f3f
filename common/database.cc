#include "common/database.hh"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

#include <system_error>
#include <unistd.h>

#include <fmt/core.h>

#include "common/date.hh"
#include "common/error.hh"
#include "common/schema.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> environment(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

// A database written by another schema version would silently give wrong
// results (different terms, slots or data); refuse it with a way out.
void check_schema_version(const Xapian::Database& db, const fs::path& path) {
  const std::string stored = db.get_metadata(std::string(kSchemaVersionKey));
  if (stored.empty() && db.get_doccount() == 0) return;
  if (stored == std::to_string(kSchemaVersion)) return;
  throw Error(ExitCode::Usage,
              fmt::format("the index at {} has schema version {}, this program needs {}",
                          path.string(), stored.empty() ? "unknown" : stored, kSchemaVersion),
              fmt::format("rebuild it: remove {} and run news-index add again", path.string()));
}

constexpr const char* kLockOwnerFile = "news-index.owner";

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

fs::path resolve_database_path(const std::optional<std::string>& option) {
  if (option && !option->empty()) return fs::path(*option);
  if (auto env = environment("NEWS_INDEX_DB")) return fs::path(*env);
  if (auto xdg = environment("XDG_DATA_HOME")) return fs::path(*xdg) / "news-index";
  if (auto home = environment("HOME")) return fs::path(*home) / ".local/share/news-index";
  throw Error(ExitCode::Usage, "cannot locate the index: neither --db, $NEWS_INDEX_DB, "
                               "$XDG_DATA_HOME nor $HOME is set");
}

Xapian::Database open_for_reading(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw Error(ExitCode::Usage,
                fmt::format("no news index at {} (create one with: news-index add PATH...)",
                            path.string()));
  }
  try {
    Xapian::Database db(path.string());
    // A writer committing twice meanwhile discards the revision just opened
    // (DatabaseModifiedError): read the newer one, as main.cc does for a search.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
      try {
        check_schema_version(db, path);
        return db;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == kAttempts) throw;
        db.reopen();
      }
    }
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw Error(ExitCode::Usage, fmt::format("{} is not a news index (create one with: "
                                             "news-index --db {} add PATH...)",
                                             path.string(), path.string()));
  } catch (const Xapian::DatabaseError& e) {
    throw Error(ExitCode::Usage,
                fmt::format("cannot open the index at {}: {}", path.string(), e.get_description()));
  }
}

Xapian::WritableDatabase open_for_writing(const fs::path& path, double lock_timeout,
                                          int extra_flags) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  const auto give_up =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(lock_timeout);
  try {
    for (;;) {
      try {
        Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN | extra_flags);
        check_schema_version(db, path);
        if (db.get_metadata(std::string(kSchemaVersionKey)).empty())
          db.set_metadata(std::string(kSchemaVersionKey), std::to_string(kSchemaVersion));
        return db;
      } catch (const Xapian::DatabaseLockError&) {
        if (std::chrono::steady_clock::now() >= give_up) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
  } catch (const Xapian::DatabaseLockError&) {
    const std::string owner = read_lock_owner(path);
    throw Error(ExitCode::TempFailure,
                fmt::format("the index at {} is locked by another writer{}", path.string(),
                            owner.empty() ? "" : " (" + owner + ")"));
  } catch (const Xapian::DatabaseError& e) {
    throw Error(ExitCode::Usage, fmt::format("cannot open the index at {} for writing: {}",
                                             path.string(), e.get_description()));
  }
}

} // namespace news
