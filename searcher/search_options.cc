#include "searcher/search_options.hh"

#include <chrono>
#include <iostream>

#include <boost/program_options.hpp>

#include "common/cli_options.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "searcher/query_args.hh"

namespace news {
namespace {

namespace po = boost::program_options;

// Every option of news-search, defined once; --help, --db and the output
// formats are common/cli_options.hh.
constexpr Switch kAnyOption{"any", "match articles with any of the words, not all"};
constexpr Flag<std::string> kSinceOption{"since",
                                         "only articles from this date on (same forms as date:)"};
constexpr Flag<std::string> kUntilOption{"until", "only articles up to this date, included"};
constexpr Flag<std::string> kNowOption{"now", "take this date as today, for relative dates"};
constexpr Flag<std::string> kLikeOption{"like", "articles similar to the one with this id"};
constexpr Flag<long long> kLimitOption{"limit,n", "show at most N hits (default 10; 0: all)"};
constexpr Flag<long long> kOffsetOption{"offset", "skip the first N hits"};
constexpr std::array<Choice<SortOrder>, 3> kSortOrders{{{"relevance", SortOrder::Relevance},
                                                        {"newest", SortOrder::Newest},
                                                        {"oldest", SortOrder::Oldest}}};
constexpr ChoiceFlag<SortOrder> kSortOption{
    {"sort", "relevance (ties: newer first), newest or oldest"},
    kSortOrders,
    Refusal::UnknownValue};
constexpr Switch kAllVersionsOption{"all-versions", "show every copy of a republished story"};
constexpr Switch kCountOption{"count", "print the number of matching articles only"};
constexpr std::array<Choice<Period>, 4> kPeriods{{{"day", Period::Day},
                                                  {"week", Period::Week},
                                                  {"month", Period::Month},
                                                  {"year", Period::Year}}};
constexpr ChoiceFlag<Period> kHistogramOption{
    {"histogram", "matches per day, week, month or year, as a chart"},
    kPeriods,
    Refusal::UnknownValue};
constexpr Switch kFacetsOption{"facets",
                               "the top people, organisations, places and sources of all matches"};
constexpr Switch kEntitiesOption{"entities", "show each hit's people, organisations and places"};
constexpr ChoiceFlag<OutputFormat> kFormatOption{
    {"format,f", "output: text, json, jsonl, ids or csv"}, kOutputFormats, Refusal::UnknownValue};
constexpr std::array<Choice<ColorMode>, 3> kColorModes{
    {{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}}};
constexpr ChoiceFlag<ColorMode> kColorOption{
    {"color", "highlight matches: auto (on a terminal), always, never"},
    kColorModes,
    Refusal::UnknownValue};
constexpr Flag<long long> kTimeoutOption{"timeout",
                                         "give up a search after N seconds (default 20; 0: never)"};
constexpr Switch kExplainOption{"explain", "print the parsed query on stderr"};

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

} // namespace

std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args) {
  SearchConfig config;
  po::options_description visible("Options");
  declare(visible, kHelpOption, kDbOption, kAnyOption, kSinceOption, kUntilOption, kNowOption,
          kLikeOption, kLimitOption, kOffsetOption, kSortOption, kAllVersionsOption, kCountOption,
          kHistogramOption, kFacetsOption, kEntitiesOption, kFormatOption, kColorOption,
          kTimeoutOption, kExplainOption);
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
  if (is_on(vm, kHelpOption)) {
    print_help(visible);
    return std::nullopt;
  }
  config.db = given(vm, kDbOption);
  config.any = is_on(vm, kAnyOption);
  config.since = given(vm, kSinceOption);
  config.until = given(vm, kUntilOption);
  config.like_id = given(vm, kLikeOption);
  config.now = now_from(given(vm, kNowOption));
  config.limit = checked_count("--limit", given(vm, kLimitOption).value_or(config.limit));
  config.offset = checked_count("--offset", given(vm, kOffsetOption).value_or(config.offset));
  const long long timeout = given(vm, kTimeoutOption).value_or(config.timeout_seconds);
  if (timeout < 0 || timeout > 86'400)
    throw_usage("--timeout: {} is not a number of seconds (0 to 86400)", timeout);
  config.timeout_seconds = static_cast<unsigned>(timeout);
  config.format = chosen(vm, kFormatOption).value_or(config.format);
  config.color = chosen(vm, kColorOption).value_or(config.color);
  config.sort = chosen(vm, kSortOption).value_or(config.sort);
  config.histogram = chosen(vm, kHistogramOption);
  config.all_versions = is_on(vm, kAllVersionsOption);
  config.count_only = is_on(vm, kCountOption);
  config.facets = is_on(vm, kFacetsOption);
  config.show_entities = is_on(vm, kEntitiesOption);
  config.explain = is_on(vm, kExplainOption);
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
