#include "indexer/file_registry.hh"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "common/utf8.hh"

namespace news {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kFilePrefix = metadata_key(Metadata::File);
const std::string kRootsKey(metadata_key(Metadata::Roots));

// Xapian metadata keys are limited in length: long paths go by their hash
// (the record itself holds the whole path).
std::string key_of(const std::string& path) {
  constexpr std::size_t kMaxKey = 200;
  if (kFilePrefix.size() + path.size() <= kMaxKey) return std::string(kFilePrefix) + path;
  return fmt::format("{}#{}", kFilePrefix, hash_of(path));
}

// Bytes as JSON, reversibly: UTF-8 as a string, anything else as {"hex": "..."}
// (JSON strings hold Unicode text only; nlohmann::json throws on other bytes).
Json bytes_to_json(const std::string& bytes) {
  if (is_valid_utf8(bytes)) return bytes;
  std::string hex;
  hex.reserve(2 * bytes.size());
  for (const char c : bytes)
    hex += fmt::format("{:02x}", static_cast<unsigned char>(c));
  return Json{{"hex", hex}};
}

std::string bytes_from_json(const Json& json) {
  if (json.is_string()) return json.get<std::string>();
  if (!json.is_object() || !json.contains("hex") || !json["hex"].is_string()) return {};
  const std::string& hex = json["hex"].get_ref<const std::string&>();
  const auto digit = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0;
  };
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes += static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1]));
  return bytes;
}

std::string bytes_member(const Json& object, const char* name) {
  const auto it = object.find(name);
  return it == object.end() ? std::string() : bytes_from_json(*it);
}

FileRecord from_json(const std::string& text) {
  const Json json = Json::parse(text, nullptr, false);
  FileRecord record;
  if (!json.is_object()) return record;
  record.path = bytes_member(json, "path");
  record.size = json.value("size", std::uintmax_t{0});
  record.mtime_ns = json.value("mtime", 0LL);
  record.hash = bytes_member(json, "hash");
  record.articles = json.value("articles", 0u);
  record.error = bytes_member(json, "error");
  return record;
}

Json options_to_json(const OptionValues& options) {
  Json json = Json::object();
  for (const auto& [name, values] : options) {
    Json list = Json::array();
    for (const std::string& value : values)
      list.push_back(bytes_to_json(value));
    json[name] = std::move(list);
  }
  return json;
}

OptionValues options_from_json(const Json& json) {
  OptionValues options;
  if (!json.is_object()) return options;
  for (const auto& [name, values] : json.items()) {
    std::vector<std::string>& out = options[name];
    if (values.is_array())
      for (const Json& value : values)
        out.push_back(bytes_from_json(value));
  }
  return options;
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
  const Json json = {{"path", bytes_to_json(r.path)}, {"size", r.size},
                     {"mtime", r.mtime_ns},           {"hash", bytes_to_json(r.hash)},
                     {"articles", r.articles},        {"error", bytes_to_json(r.error)}};
  db_.set_metadata(key_of(r.path), json.dump());
}

void FileRegistry::erase(const std::string& path) { db_.set_metadata(key_of(path), ""); }

std::vector<FileRecord> FileRegistry::files(const std::string& under) const {
  std::vector<FileRecord> out;
  const Xapian::Database& db = database();
  const std::string prefix(kFilePrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    FileRecord record = from_json(db.get_metadata(*it));
    // A short path is its key, byte for byte: that holds even for a record
    // written before paths were stored as bytes (its "path" then had U+FFFD
    // in place of each byte that is not UTF-8).
    const std::string key = *it;
    if (key.size() > prefix.size() && key[prefix.size()] != '#')
      record.path = key.substr(prefix.size());
    if (!record.path.empty() && (under.empty() || is_under(record.path, under)))
      out.push_back(std::move(record));
  }
  return out;
}

std::vector<Root> FileRegistry::roots() const {
  const Json json = Json::parse(database().get_metadata(kRootsKey), nullptr, false);
  std::vector<Root> out;
  if (!json.is_array()) return out;
  for (const Json& root : json) {
    if (!root.is_object()) continue;
    Root& entry =
        out.emplace_back(Root{bytes_member(root, "path"),
                              bytes_member(root, "last_sync"),
                              options_from_json(root.value("read_options", Json::object())),
                              {}});
    if (const auto excluded = root.find("excluded"); excluded != root.end() && excluded->is_array())
      for (const Json& path : *excluded)
        entry.excluded.push_back(bytes_from_json(path));
  }
  return out;
}

void FileRegistry::set_roots(const std::vector<Root>& roots) {
  Json json = Json::array();
  for (const Root& root : roots) {
    Json entry = {{"path", bytes_to_json(root.path)}, {"last_sync", bytes_to_json(root.last_sync)}};
    if (!root.read_options.empty()) entry["read_options"] = options_to_json(root.read_options);
    if (!root.excluded.empty()) {
      Json& excluded = entry["excluded"] = Json::array();
      for (const std::string& path : root.excluded)
        excluded.push_back(bytes_to_json(path));
    }
    json.push_back(std::move(entry));
  }
  db_.set_metadata(kRootsKey, json.dump());
}

std::optional<Root> FileRegistry::root(const std::string& path) const {
  for (Root& root : roots())
    if (root.path == path) return std::move(root);
  return std::nullopt;
}

void FileRegistry::put_root(const Root& root) {
  std::vector<Root> all = roots();
  for (Root& known : all) {
    if (known.path != root.path) continue;
    known = root;
    set_roots(all);
    return;
  }
  all.push_back(root);
  set_roots(all);
}

void FileRegistry::forget_contents(const std::string& root) {
  for (FileRecord record : files(root)) {
    record.size = 0;
    record.mtime_ns = 0;
    record.hash.clear();
    record.error.clear();
    put(record);
  }
}

} // namespace news
