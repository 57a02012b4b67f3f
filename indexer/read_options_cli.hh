// The command-line options that say how files are read, defined once for
// every command that reads files (add, inspect).
#pragma once

#include <string>
#include <vector>

#include <boost/program_options/options_description.hpp>

#include "indexer/read_articles.hh"

namespace news {

/** Raw values of the reading options, as Boost.Program_options fills them. */
struct ReadOptionArgs {
  double max_file_size_mb = 50;
  std::vector<std::string> maps;
  bool no_entities = false;
  bool file_dates = false;
};

/** Declares --max-file-size, --map, --no-entities and --file-dates. */
void declare_read_options(boost::program_options::options_description& options,
                          ReadOptionArgs& args);

/** Validates the raw values; throws news::Error (usage) when one is wrong. */
ReadOptions to_read_options(const ReadOptionArgs& args);

} // namespace news
