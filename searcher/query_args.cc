#include "searcher/query_args.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "common/cli_options.hh"

namespace news {
namespace {

namespace po = boost::program_options;

bool takes_value(const po::options_description& options, const std::string& name) {
  const po::option_description* option = options.find_nothrow(name, true);
  return option != nullptr && option->semantic()->max_tokens() > 0;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// `-h`, `-n`, `-f`, `-n20`, `-fjson`: short options, not words to exclude.
bool is_short_option(std::string_view arg) {
  if (arg.size() == 2) return true;
  const std::string_view rest = arg.substr(2);
  if (arg[1] == 'n') return all_digits(rest);
  if (arg[1] == 'f')
    return std::any_of(kOutputFormats.begin(), kOutputFormats.end(),
                       [&](const Choice<OutputFormat>& format) { return format.word == rest; });
  return false;
}

bool is_dashed(std::string_view arg) { return arg.size() > 1 && arg[0] == '-'; }

} // namespace

std::vector<std::string> query_words_last(const std::vector<std::string>& args,
                                          const po::options_description& options) {
  std::vector<std::string> reordered, words;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      words.insert(words.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
      break;
    }
    const bool long_option = arg.rfind("--", 0) == 0;
    const bool short_option =
        !long_option && is_dashed(arg) && (words.empty() || is_short_option(arg));
    if (!long_option && !short_option) {
      words.push_back(arg);
      continue;
    }
    reordered.push_back(arg);
    // `--db PATH`, `-n 5`: the next argument is the value.
    const bool value_follows =
        long_option ? arg.find('=') == std::string::npos && takes_value(options, arg.substr(2))
                    : arg.size() == 2 && takes_value(options, arg);
    if (value_follows && i + 1 < args.size()) reordered.push_back(args[++i]);
  }
  reordered.push_back("--");
  reordered.insert(reordered.end(), words.begin(), words.end());
  return reordered;
}

} // namespace news
