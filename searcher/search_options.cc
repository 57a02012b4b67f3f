#include "searcher/search_options.hh"

#include <chrono>
#include <iostream>

#include <boost/program_options.hpp>

#include "common/error.hh"
#include "common/schema.hh"
#include "searcher/query_args.hh"

namespace news {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage = "usage: news-search [OPTIONS] QUERY...";

constexpr const char* kAbout = R"(
Searches the news index. All words must match (--any: one is enough).
  "exact phrase"   AND  OR  NOT  -word  +word  ( )  word NEAR word  sanction*
  date:2024-03-01..2024-05-31  date:2024-03..2024-05  date:1987  date:7d..  date:..yesterday
  person:putin  person:"vladimir putin"  org:nato  place:china  entity:"european union"
Filters of different kinds must all match, and so must two entity filters
(person:reagan person:thatcher); of two dates or two languages, either one.
After the first word, -word excludes that word (news-search opec -saudi); before it, use --.
Republished copies of a story are shown once, with "+N similar" (--all-versions: each).
Exit status: 0 when something matched, 1 when nothing did, 2 on error.
)";

template <typename Enum, std::size_t N>
Enum choose(const char* option, const std::string& value,
            const std::array<std::pair<const char*, Enum>, N>& choices) {
  std::string names;
  for (const auto& [name, choice] : choices) {
    if (value == name) return choice;
    names += names.empty() ? name : std::string(", ") + name;
  }
  throw_usage("{}: unknown value '{}' (expected {})", option, value, names);
}

unsigned checked_count(const char* option, long long value) {
  if (value < 0 || value > 100'000'000) throw_usage("{}: {} is not a count of hits", option, value);
  return static_cast<unsigned>(value);
}

Date now_from(const std::optional<std::string>& option) {
  if (!option)
    return Date{std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())};
  if (auto date = parse_date(*option)) return *date;
  throw_usage("--now: '{}' is not a date (expected e.g. 2024-05-31 or 2024-05-31T12:00:00Z)",
              *option);
}

void print_help(const po::options_description& visible) {
  std::cout << kUsage << '\n' << kAbout << '\n' << visible << "\nSearch fields:\n";
  for (const FieldSpec& field : kFields) {
    if (field.query_name.empty()) continue;
    std::cout << "  " << field.query_name << ":\t" << field.description << " (e.g. "
              << field.example << ")\n";
  }
}

std::optional<std::string> optional_value(const po::variables_map& vm, const char* name) {
  if (!vm.count(name)) return std::nullopt;
  return vm[name].as<std::string>();
}

} // namespace

std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args) {
  SearchConfig config;
  std::string format = "text", color = "auto", sort = "relevance";
  long long limit = config.limit, offset = config.offset, timeout = config.timeout_seconds;
  po::options_description visible("Options");
  // One option a line reads better than the formatter's reflow.
  // clang-format off
  visible.add_options()
      ("help,h", "show this help")
      ("db", po::value<std::string>(), "index location (default: $NEWS_INDEX_DB, else $XDG_DATA_HOME/news-index)")
      ("any", po::bool_switch(&config.any), "match articles with any of the words, not all")
      ("since", po::value<std::string>(), "only articles from this date on (same forms as date:)")
      ("until", po::value<std::string>(), "only articles up to this date, included")
      ("now", po::value<std::string>(), "take this date as today, for relative dates")
      ("like", po::value<std::string>(), "articles similar to the one with this id")
      ("limit,n", po::value<long long>(&limit), "show at most N hits (default 10; 0: all)")
      ("offset", po::value<long long>(&offset), "skip the first N hits")
      ("sort", po::value<std::string>(&sort), "relevance (ties: newer first), newest or oldest")
      ("all-versions", po::bool_switch(&config.all_versions), "show every copy of a republished story")
      ("count", po::bool_switch(&config.count_only), "print the number of matching articles only")
      ("histogram", po::value<std::string>(), "matches per day, week, month or year, as a chart")
      ("facets", po::bool_switch(&config.facets), "the top people, organisations, places and sources of all matches")
      ("entities", po::bool_switch(&config.show_entities), "show each hit's people, organisations and places")
      ("format,f", po::value<std::string>(&format), "output: text, json, jsonl, ids or csv")
      ("color", po::value<std::string>(&color), "highlight matches: auto (on a terminal), always, never")
      ("timeout", po::value<long long>(&timeout), "give up a search after N seconds (default 20; 0: never)")
      ("explain", po::bool_switch(&config.explain), "print the parsed query on stderr");
  // clang-format on
  po::options_description all;
  all.add(visible).add_options()("query", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(query_words_last(args, all))
                  .options(all)
                  .positional(positional)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    // `news-search -saudi opec`: a word to exclude, before any word to find.
    throw Error(ExitCode::Usage, fmt::format("{} (see news-search --help)", e.what()),
                "to exclude a word, put it after a word to find (opec -saudi) or after -- "
                "(news-search -- -saudi opec)");
  } catch (const po::error& e) {
    throw_usage("{}\n{} (see news-search --help)", e.what(), kUsage);
  }
  if (vm.count("help")) {
    print_help(visible);
    return std::nullopt;
  }
  config.db = optional_value(vm, "db");
  config.since = optional_value(vm, "since");
  config.until = optional_value(vm, "until");
  config.like_id = optional_value(vm, "like");
  config.now = now_from(optional_value(vm, "now"));
  config.limit = checked_count("--limit", limit);
  config.offset = checked_count("--offset", offset);
  if (timeout < 0 || timeout > 86'400)
    throw_usage("--timeout: {} is not a number of seconds (0 to 86400)", timeout);
  config.timeout_seconds = static_cast<unsigned>(timeout);
  config.format = choose<OutputFormat, 5>("--format", format,
                                          {{{"text", OutputFormat::Text},
                                            {"json", OutputFormat::Json},
                                            {"jsonl", OutputFormat::Jsonl},
                                            {"ids", OutputFormat::Ids},
                                            {"csv", OutputFormat::Csv}}});
  config.color = choose<ColorMode, 3>(
      "--color", color,
      {{{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}}});
  config.sort = choose<SortOrder, 3>("--sort", sort,
                                     {{{"relevance", SortOrder::Relevance},
                                       {"newest", SortOrder::Newest},
                                       {"oldest", SortOrder::Oldest}}});
  if (auto period = optional_value(vm, "histogram"))
    config.histogram = choose<Period, 4>("--histogram", *period,
                                         {{{"day", Period::Day},
                                           {"week", Period::Week},
                                           {"month", Period::Month},
                                           {"year", Period::Year}}});
  if (vm.count("query")) {
    for (const std::string& word : vm["query"].as<std::vector<std::string>>()) {
      if (!config.query.empty()) config.query += ' ';
      config.query += word;
    }
  }
  const bool has_words = config.query.find_first_not_of(" \t\n") != std::string::npos;
  if (!has_words && !config.since && !config.until && !config.like_id)
    throw_usage("no query given\n{} (see news-search --help)", kUsage);
  return config;
}

} // namespace news
