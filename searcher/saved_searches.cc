#include "searcher/saved_searches.hh"

#include <algorithm>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/schema.hh"
#include "common/text_normalize.hh"
#include "common/utf8.hh"

namespace news {
namespace {

using nlohmann::json;

std::string key_of(std::string_view name) {
  return std::string(metadata_key(Metadata::Saved)) + std::string(name);
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.';
}

std::optional<std::string> optional_string(const json& value) {
  if (!value.is_string()) return std::nullopt;
  return value.get<std::string>();
}

SavedSearch decode(const std::string& name, const std::string& text) {
  SavedSearch search{name, {}, false, std::nullopt, std::nullopt, {}};
  const json value = json::parse(text, nullptr, false);
  if (!value.is_object()) return search;
  search.query = value.value("query", std::string());
  search.any = value.value("any", false);
  if (value.contains("since")) search.since = optional_string(value["since"]);
  if (value.contains("until")) search.until = optional_string(value["until"]);
  search.language = optional_string(value.value("lang", json())).value_or("");
  return search;
}

} // namespace

void check_saved_name(std::string_view name) {
  const bool good = !name.empty() && name.size() <= kMaxSavedNameLength && name[0] != '-' &&
                    name[0] != '_' && name[0] != '.' &&
                    std::all_of(name.begin(), name.end(), is_name_char);
  if (!good)
    throw_usage("bad name for a saved search '{}': use 1 to {} letters, digits, '-', '_' or '.', "
                "starting with a letter or digit",
                name, kMaxSavedNameLength);
}

std::optional<SavedSearch> find_saved_search(const Xapian::Database& db, const std::string& name) {
  const std::string text = db.get_metadata(key_of(name));
  if (text.empty()) return std::nullopt;
  return decode(name, text);
}

std::vector<SavedSearch> saved_searches(const Xapian::Database& db) {
  const std::string prefix(metadata_key(Metadata::Saved));
  std::vector<SavedSearch> found;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    found.push_back(decode(key.substr(prefix.size()), db.get_metadata(key)));
  }
  return found; // Xapian lists the keys in order
}

Error unknown_saved_search(const Xapian::Database& db, const std::string& name) {
  std::string names;
  for (const SavedSearch& search : saved_searches(db))
    names += (names.empty() ? "" : ", ") + search.name;
  return Error(ErrorKind::Usage,
               fmt::format("no saved search '{}' ({})", name,
                           names.empty() ? "there are none: save one with --save NAME QUERY..."
                                         : "saved searches: " + names));
}

void store_saved_search(Xapian::WritableDatabase& db, const SavedSearch& search) {
  // Bytes that are not UTF-8 are read as Windows-1252, as build_query reads them.
  const auto utf8 = [](const std::string& text) {
    return is_valid_utf8(text) ? text : windows1252_to_utf8(text);
  };
  json value = {{"query", utf8(search.query)}, {"any", search.any}};
  if (search.since) value["since"] = utf8(*search.since);
  if (search.until) value["until"] = utf8(*search.until);
  if (!search.language.empty()) value["lang"] = search.language;
  db.set_metadata(key_of(search.name), value.dump());
}

bool remove_saved_search(Xapian::WritableDatabase& db, const std::string& name) {
  if (db.get_metadata(key_of(name)).empty()) return false;
  db.set_metadata(key_of(name), ""); // Xapian: an empty value removes the key
  return true;
}

std::string describe(const SavedSearch& search) {
  std::string text = search.query;
  const auto add = [&text](const std::string& part) { text += (text.empty() ? "" : " ") + part; };
  if (search.any) add("--any");
  if (search.since) add("--since " + *search.since);
  if (search.until) add("--until " + *search.until);
  if (!search.language.empty()) add("--lang " + search.language);
  return text;
}

QueryRequest query_request(const SavedSearch& search, Date now) {
  QueryRequest request{search.query, search.any, now, search.since, search.until, {search.name}};
  request.language = search.language;
  return request;
}

} // namespace news
