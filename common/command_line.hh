// Parsing a subcommand's options (both tools: news-index add, news-search show...).
#pragma once

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "common/cli_options.hh"
#include "common/error.hh"

namespace news {

/**
 * Parses `args` with `visible` options and `positional_name` (may be empty)
 * taking the rest; prints usage, `about` and the options and returns nullopt
 * on --help; throws news::Error (usage) on bad options.
 */
inline std::optional<boost::program_options::variables_map>
parse_command_line(const std::vector<std::string>& args, const char* usage,
                   boost::program_options::options_description& visible,
                   const char* positional_name = "", const char* about = "") {
  namespace po = boost::program_options;
  po::options_description all;
  all.add(visible);
  po::positional_options_description positional;
  if (*positional_name != '\0') {
    all.add_options()(positional_name, po::value<std::vector<std::string>>(), "");
    positional.add(positional_name, -1);
  }
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw_usage("{}\n{}", e.what(), usage);
  }
  if (is_on(vm, kHelpOption)) {
    std::cout << usage << "\n\n" << about << (*about ? "\n" : "") << visible;
    return std::nullopt;
  }
  return vm;
}

} // namespace news
