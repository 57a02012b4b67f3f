#include "searcher/watch_state.hh"

#include <nlohmann/json.hpp>

#include "common/schema.hh"

namespace news {
namespace {

std::string key_of(const std::string& name) {
  return std::string(metadata_key(Metadata::Watched)) + name;
}

} // namespace

std::optional<WatchState> read_watch_state(const Xapian::Database& db, const std::string& name) {
  const nlohmann::json value = nlohmann::json::parse(db.get_metadata(key_of(name)), nullptr, false);
  if (!value.is_object() || !value.contains("last_seen") ||
      !value["last_seen"].is_number_unsigned())
    return std::nullopt;
  return WatchState{value["last_seen"].get<Xapian::docid>()};
}

void write_watch_state(Xapian::WritableDatabase& db, const std::string& name, WatchState state) {
  db.set_metadata(key_of(name), nlohmann::json{{"last_seen", state.last_seen}}.dump());
}

void clear_watch_state(Xapian::WritableDatabase& db, const std::string& name) {
  db.set_metadata(key_of(name), "");
}

} // namespace news
