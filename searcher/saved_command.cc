#include "searcher/saved_command.hh"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/database.hh"
#include "common/error.hh"
#include "searcher/metadata_writer.hh"
#include "searcher/output.hh"
#include "searcher/query_builder.hh"
#include "searcher/saved_searches.hh"
#include "searcher/terminal.hh"
#include "searcher/watch_state.hh"

namespace news {
namespace {

// The saved search's query, parsed as `saved:NAME` would parse it.
void check_expands(const SavedSearch& search, const Xapian::Database& db, Date now) {
  build_query(query_request(search, now), db);
}

int save(const SearchConfig& config, Sink& sink) {
  const std::string& name = *config.save;
  check_saved_name(name);
  const SearchRequest& request = config.request;
  MetadataWriter writer(resolve_database_path(config.db), "news-search --save " + name, sink);
  const SavedSearch search{name,          request.query, request.any,
                           request.since, request.until, request.language};
  check_expands(search, writer.database(), request.now);
  const bool replaced = find_saved_search(writer.database(), name).has_value();
  store_saved_search(writer.database(), search);
  writer.commit();
  sink.print("{} saved search '{}': {}\n", replaced ? "replaced" : "added", name,
             describe(*find_saved_search(writer.database(), name)));
  return 0;
}

int unsave(const SearchConfig& config, Sink& sink) {
  const std::string& name = *config.unsave;
  MetadataWriter writer(resolve_database_path(config.db), "news-search --unsave " + name, sink);
  Xapian::WritableDatabase& db = writer.database();
  if (!remove_saved_search(db, name)) throw unknown_saved_search(db, name);
  // Uncommitted, the removal is seen by this writer's reads: a search that
  // uses the removed one no longer expands.
  for (const SavedSearch& other : saved_searches(db)) {
    try {
      check_expands(other, db, config.request.now);
    } catch (const Error& e) {
      if (std::string_view(e.what()).find("no saved search '" + name + "'") == std::string::npos)
        throw;
      throw_usage("saved search '{}' uses '{}': change or remove it first", other.name, name);
    }
  }
  clear_watch_state(db, name);
  writer.commit();
  sink.print("removed saved search '{}'\n", name);
  return 0;
}

int list(const SearchConfig& config, Sink& sink) {
  if (config.format != OutputFormat::Text && config.format != OutputFormat::Json)
    throw_usage("--saved prints text or json, not the other --format choices");
  const Xapian::Database db = open_for_reading(resolve_database_path(config.db));
  const std::vector<SavedSearch> searches = saved_searches(db);
  if (config.format == OutputFormat::Json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const SavedSearch& s : searches)
      list.push_back({{"name", s.name},
                      {"query", s.query},
                      {"any", s.any},
                      {"since", s.since ? nlohmann::ordered_json(*s.since) : nullptr},
                      {"until", s.until ? nlohmann::ordered_json(*s.until) : nullptr},
                      {"lang", s.language.empty() ? nullptr : nlohmann::ordered_json(s.language)}});
    const nlohmann::ordered_json json = {{"format_version", kJsonFormatVersion},
                                         {"saved_searches", list}};
    sink.print("{}\n", json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  } else {
    std::size_t width = 0;
    for (const SavedSearch& s : searches)
      width = std::max(width, display_width(s.name));
    for (const SavedSearch& s : searches)
      sink.print("{}  {}\n", pad_to(s.name, width), describe(s));
    if (searches.empty()) sink.note("no saved searches (save one with --save NAME QUERY...)\n");
  }
  return static_cast<int>(searches.empty() ? ExitCode::NoMatch : ExitCode::Ok);
}

} // namespace

int run_saved_command(const SearchConfig& config, Sink& sink) {
  if (config.save) return save(config, sink);
  if (config.unsave) return unsave(config, sink);
  return list(config, sink);
}

} // namespace news
