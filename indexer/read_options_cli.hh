// The command-line options that say how files are read, defined once for
// every command that reads files (add, sync, inspect), and their recorded
// form: each root keeps the read options it was added with (file_registry.hh),
// and `sync` reads its files with them again. Every option declared here is
// recorded, whatever it is.
#pragma once

#include <string>
#include <vector>

#include <boost/program_options/options_description.hpp>

#include "indexer/file_registry.hh"
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

/** The read options in a command's arguments, as they were given (to record with a root). */
OptionValues given_read_options(const std::vector<std::string>& args);

/** `recorded` with each option in `given` replacing the recorded one of its name. */
OptionValues merge_read_options(OptionValues recorded, const OptionValues& given);

/** Recorded read options, parsed and validated; throws news::Error (usage) when one is wrong. */
ReadOptions read_options_from(const OptionValues& recorded);

/** `--map body=story_text --no-entities` (escaped), or `defaults`. */
std::string describe_read_options(const OptionValues& recorded);

} // namespace news
