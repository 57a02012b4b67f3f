#include "indexer/file_registry.hh"

#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <xxhash.h>

namespace news {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kFilePrefix = "file:";
constexpr const char* kRootsKey = "roots";

// Xapian metadata keys are limited in length: long paths go by their hash
// (the record itself holds the whole path).
std::string key_of(const std::string& path) {
  constexpr std::size_t kMaxKey = 200;
  if (kFilePrefix.size() + path.size() <= kMaxKey) return std::string(kFilePrefix) + path;
  return fmt::format("{}#{:016x}", kFilePrefix, XXH3_64bits(path.data(), path.size()));
}

FileRecord from_json(const std::string& text) {
  const Json json = Json::parse(text, nullptr, false);
  FileRecord record;
  if (!json.is_object()) return record;
  record.path = json.value("path", "");
  record.size = json.value("size", std::uintmax_t{0});
  record.mtime_ns = json.value("mtime", 0LL);
  record.hash = json.value("hash", "");
  record.articles = json.value("articles", 0u);
  record.error = json.value("error", "");
  return record;
}

} // namespace

bool is_under(const std::string& path, const std::string& root) {
  return path == root ||
         (path.starts_with(root) && (root.ends_with('/') || path[root.size()] == '/'));
}

std::optional<FileRecord> FileRegistry::get(const std::string& path) const {
  const std::string value = database().get_metadata(key_of(path));
  if (value.empty()) return std::nullopt;
  FileRecord record = from_json(value);
  if (record.path != path) return std::nullopt; // a hash collision of long paths
  return record;
}

void FileRegistry::put(const FileRecord& r) {
  const Json json = {{"path", r.path}, {"size", r.size},         {"mtime", r.mtime_ns},
                     {"hash", r.hash}, {"articles", r.articles}, {"error", r.error}};
  db_.set_metadata(key_of(r.path), json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

void FileRegistry::erase(const std::string& path) { db_.set_metadata(key_of(path), ""); }

std::vector<FileRecord> FileRegistry::files(const std::string& under) const {
  std::vector<FileRecord> out;
  const Xapian::Database& db = database();
  const std::string prefix(kFilePrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    FileRecord record = from_json(db.get_metadata(*it));
    if (!record.path.empty() && (under.empty() || is_under(record.path, under)))
      out.push_back(std::move(record));
  }
  return out;
}

std::vector<Root> FileRegistry::roots() const {
  const Json json = Json::parse(database().get_metadata(kRootsKey), nullptr, false);
  std::vector<Root> out;
  if (!json.is_array()) return out;
  for (const Json& root : json)
    out.push_back({root.value("path", ""), root.value("last_sync", "")});
  return out;
}

void FileRegistry::set_roots(const std::vector<Root>& roots) {
  Json json = Json::array();
  for (const Root& root : roots)
    json.push_back({{"path", root.path}, {"last_sync", root.last_sync}});
  db_.set_metadata(kRootsKey, json.dump());
}

void FileRegistry::add_root(const std::string& path) {
  std::vector<Root> all = roots();
  for (const Root& root : all)
    if (root.path == path) return;
  all.push_back({path, ""});
  set_roots(all);
}

} // namespace news
