// The command line of news-search, parsed and validated into a SearchConfig.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/cli_options.hh"
#include "common/date.hh"
#include "searcher/histogram.hh"

namespace news {

enum class ColorMode { Auto, Always, Never };
enum class SortOrder { Relevance, Newest, Oldest };

/** Everything a search run needs to know, validated. */
struct SearchConfig {
  std::string query;             /**< the words of all QUERY arguments, joined by spaces */
  std::optional<std::string> db; /**< --db, if given */
  bool any = false;              /**< --any: a hit needs one word, not all */
  std::optional<std::string> since, until; /**< --since/--until date expressions */
  Date now;                                /**< --now, else the clock: what "today" means */
  std::optional<std::string> like_id;      /**< --like ID: articles similar to this one */
  unsigned limit = 10;                     /**< hits to show; 0 means all */
  unsigned offset = 0;                     /**< hits to skip first */
  SortOrder sort = SortOrder::Relevance;
  bool all_versions = false;       /**< show every copy of a story, not the best one */
  bool count_only = false;         /**< --count: print the number of matches only */
  std::optional<Period> histogram; /**< --histogram PERIOD */
  bool facets = false;             /**< --facets: top entities and sources of all matches */
  bool show_entities = false;      /**< --entities: each hit's entities in text output */
  OutputFormat format = OutputFormat::Text;
  ColorMode color = ColorMode::Auto;
  bool explain = false;          /**< print the parsed Xapian query on stderr */
  unsigned timeout_seconds = 20; /**< --timeout: a longer search fails (exit 2); 0: none */
};

/**
 * Parses the arguments (without the program name). Returns nullopt when
 * --help was printed; throws news::Error (exit status 2) on a usage error.
 */
std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args);

} // namespace news
