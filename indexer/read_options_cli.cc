#include "indexer/read_options_cli.hh"

#include <boost/program_options.hpp>
#include <fmt/core.h>

#include "common/article_fields.hh"
#include "common/byte_escape.hh"
#include "common/error.hh"
#include "indexer/configured_roots.hh"

namespace news {

namespace po = boost::program_options;

void declare_read_options(po::options_description& options, ReadOptionArgs& args) {
  options.add_options()("max-file-size", po::value<double>(&args.max_file_size_mb),
                        "the most megabytes held whole: a larger file read whole, or line "
                        "of JSON Lines, is skipped (default 50)")(
      "map", po::value<std::vector<std::string>>(&args.maps),
      fmt::format("FIELD=NAME: read the article field ({}) from this JSON member first; dotted "
                  "names reach into objects (repeatable)",
                  mappable_field_names())
          .c_str())("no-entities", po::bool_switch(&args.no_entities),
                    "do not extract people, organisations and places (faster)")(
      "file-dates", po::bool_switch(&args.file_dates),
      "date a text or HTML file that has no date in its content or path by its "
      "modification time (date_source \"file\"); without it such an article is undated");
}

ReadOptions to_read_options(const ReadOptionArgs& args) {
  if (!(args.max_file_size_mb > 0))
    throw_usage("--max-file-size must be a positive number of megabytes, not {}",
                args.max_file_size_mb);
  ReadOptions options;
  options.max_file_size = static_cast<std::uintmax_t>(args.max_file_size_mb * 1024 * 1024);
  for (const std::string& mapping : args.maps)
    options.json_fields.apply_mapping(mapping);
  options.extract_entities = !args.no_entities;
  options.file_dates = args.file_dates;
  options.default_language = configured_language(config_file());
  return options;
}

OptionValues given_read_options(const std::vector<std::string>& args) {
  ReadOptionArgs ignored;
  po::options_description read;
  declare_read_options(read, ignored);
  // The whole command line, other options and paths included: only the read
  // options are taken, by the same parser (abbreviations, `--opt=value`...).
  const po::parsed_options parsed =
      po::command_line_parser(args).options(read).allow_unregistered().run();
  OptionValues given;
  for (const po::option& option : parsed.options) {
    if (option.unregistered || option.position_key != -1 || option.string_key.empty()) continue;
    std::vector<std::string>& values = given[option.string_key];
    values.insert(values.end(), option.value.begin(), option.value.end());
  }
  return given;
}

OptionValues merge_read_options(OptionValues recorded, const OptionValues& given) {
  for (const auto& [name, values] : given)
    recorded[name] = values;
  return recorded;
}

ReadOptions read_options_from(const OptionValues& recorded) {
  std::vector<std::string> words;
  for (const auto& [name, values] : recorded) {
    if (values.empty()) words.push_back("--" + name);
    for (const std::string& value : values)
      words.push_back(fmt::format("--{}={}", name, value));
  }
  ReadOptionArgs args;
  po::options_description read;
  declare_read_options(read, args);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(words).options(read).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw_usage("recorded read options ({}): {}", describe_read_options(recorded), e.what());
  }
  return to_read_options(args);
}

std::string describe_read_options(const OptionValues& recorded) {
  std::string out;
  const auto word = [&](const std::string& text) {
    if (!out.empty()) out += ' ';
    const std::string shown = escape_bytes(text);
    const bool quote = shown.empty() || shown.find_first_of(" '\"") != std::string::npos;
    out += quote ? fmt::format("'{}'", shown) : shown;
  };
  for (const auto& [name, values] : recorded) {
    if (values.empty()) word("--" + name);
    for (const std::string& value : values) {
      word("--" + name);
      word(value);
    }
  }
  return out.empty() ? "defaults" : out;
}

} // namespace news
