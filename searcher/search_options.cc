#include "searcher/search_options.hh"

#include <iostream>

#include <boost/program_options.hpp>

#include "common/error.hh"
#include "common/schema.hh"

namespace news {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage = "usage: news-search [OPTIONS] QUERY...";

constexpr const char* kAbout = R"(
Searches the news index. All words must match; quote a phrase ("visit china").
Exit status: 0 when something matched, 1 when nothing did, 2 on error.
)";

OutputFormat parse_format(const std::string& name) {
  if (name == "text") return OutputFormat::Text;
  if (name == "json") return OutputFormat::Json;
  if (name == "ids") return OutputFormat::Ids;
  throw_usage("--format: unknown format '{}' (expected text, json or ids)", name);
}

ColorMode parse_color(const std::string& name) {
  if (name == "auto") return ColorMode::Auto;
  if (name == "always") return ColorMode::Always;
  if (name == "never") return ColorMode::Never;
  throw_usage("--color: unknown mode '{}' (expected auto, always or never)", name);
}

unsigned checked_count(const char* option, long long value) {
  if (value < 0 || value > 100'000'000) throw_usage("{}: {} is not a count of hits", option, value);
  return static_cast<unsigned>(value);
}

void print_help(const po::options_description& visible) {
  std::cout << kUsage << '\n' << kAbout << '\n' << visible << "\nSearch fields:\n";
  for (const FieldSpec& field : kFields) {
    if (field.query_name.empty() || field.kind == FieldKind::Value) continue;
    std::cout << "  " << field.query_name << ":\t" << field.description << " (e.g. "
              << field.example << ")\n";
  }
}

} // namespace

std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args) {
  SearchConfig config;
  std::string db, format = "text", color = "auto";
  long long limit = config.limit, offset = config.offset;
  po::options_description visible("Options");
  visible.add_options()("help,h", "show this help")(
      "db", po::value<std::string>(&db),
      "index location (default: $NEWS_INDEX_DB, else $XDG_DATA_HOME/news-index)")(
      "limit,n", po::value<long long>(&limit), "show at most N hits (default 10; 0: all)")(
      "offset", po::value<long long>(&offset), "skip the first N hits")(
      "format,f", po::value<std::string>(&format), "output: text, json or ids (default text)")(
      "color", po::value<std::string>(&color),
      "highlight matches: auto (on a terminal), always, never")(
      "explain", po::bool_switch(&config.explain), "print the parsed query on stderr");
  po::options_description all;
  all.add(visible).add_options()("query", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw_usage("{}\n{} (see news-search --help)", e.what(), kUsage);
  }
  if (vm.count("help")) {
    print_help(visible);
    return std::nullopt;
  }
  if (vm.count("db")) config.db = db;
  config.limit = checked_count("--limit", limit);
  config.offset = checked_count("--offset", offset);
  config.format = parse_format(format);
  config.color = parse_color(color);
  if (vm.count("query")) {
    for (const std::string& word : vm["query"].as<std::vector<std::string>>()) {
      if (!config.query.empty()) config.query += ' ';
      config.query += word;
    }
  }
  if (config.query.find_first_not_of(" \t\n") == std::string::npos)
    throw_usage("no query given\n{} (see news-search --help)", kUsage);
  return config;
}

} // namespace news
