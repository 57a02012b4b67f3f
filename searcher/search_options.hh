// The command line of news-search, parsed and validated into a SearchConfig.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/cli_options.hh"
#include "searcher/hit_fields.hh"
#include "searcher/search_request.hh"
#include "searcher/terminal.hh"

namespace news {

/** Everything a search run needs to know, validated: the search, and how to show it. */
struct SearchConfig {
  SearchRequest request;         /**< the QUERY words (joined by spaces) and the search options */
  std::vector<std::string> dbs;  /**< each --db: the shards searched (database_set.hh) */
  std::optional<std::string> db; /**< the --db of --save, --unsave, --saved: one index */
  bool allow_partial = false;    /**< --allow-partial: search the shards that answer */
  bool show_entities = false;    /**< --entities: each hit's entities in text output */
  OutputFormat format = OutputFormat::Text;
  std::vector<HitField>
      fields; /**< --fields: the keys or columns of json, jsonl, csv; empty: all */
  ColorMode color = ColorMode::Auto;
  unsigned timeout_seconds = 20; /**< --timeout: a longer search fails (exit 2); 0: none */
  bool pager = true;             /**< text on a terminal through $PAGER (--no-pager: never) */
  /** --save NAME, --unsave NAME, --saved: the saved searches instead of a search. */
  std::optional<std::string> save, unsave;
  bool list_saved = false;
};

/**
 * Parses the arguments (without the program name). Returns nullopt when
 * --help was printed; throws news::Error (exit status 2) on a usage error.
 */
std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args);

} // namespace news
