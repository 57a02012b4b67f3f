// The command line of news-search, parsed and validated into a SearchConfig.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace news {

enum class OutputFormat { Text, Json, Ids };
enum class ColorMode { Auto, Always, Never };

/** Everything a search run needs to know, validated. */
struct SearchConfig {
  std::string query;             /**< the words of all QUERY arguments, joined by spaces */
  std::optional<std::string> db; /**< --db, if given */
  unsigned limit = 10;           /**< hits to show; 0 means all */
  unsigned offset = 0;           /**< hits to skip first */
  OutputFormat format = OutputFormat::Text;
  ColorMode color = ColorMode::Auto;
  bool explain = false; /**< print the parsed Xapian query on stderr */
};

/**
 * Parses the arguments (without the program name). Returns nullopt when
 * --help was printed; throws news::Error (exit status 2) on a usage error.
 */
std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args);

} // namespace news
