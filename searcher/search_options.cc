#include "searcher/search_options.hh"

#include <iostream>

#include <boost/program_options.hpp>

#include "common/cli_options.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "common/version.hh"
#include "searcher/chart_formats.hh"
#include "searcher/pager.hh"
#include "searcher/query_args.hh"
#include "searcher/request_options.hh"

namespace news {
namespace {

namespace po = boost::program_options;

// The command line's values of the options both front ends take.
class VmValues : public OptionValues {
public:
  explicit VmValues(const po::variables_map& vm) : vm_(vm) {}
  std::string name(const char* names) const override { return "--" + long_name(names); }
  bool on(const Switch& option) const override { return is_on(vm_, option); }
  std::optional<std::string> text(const Flag<std::string>& flag) const override {
    return given(vm_, flag);
  }
  std::optional<long long> number(const Flag<long long>& flag) const override {
    return given(vm_, flag);
  }

private:
  const po::variables_map& vm_;
};

// Every option of news-search, defined once: the search's own are
// search_request.hh (the server takes them too); --help, --db and the output
// formats are common/cli_options.hh.
constexpr Switch kCountOption{"count", "print the number of matching articles only"};
constexpr Switch kEntitiesOption{"entities", "show each hit's people, organisations and places"};
constexpr ChoiceFlag<OutputFormat> kFormatOption{
    {"format,f", "output: text, json, jsonl, ids or csv"}, kOutputFormats, Refusal::UnknownValue};
constexpr Flag<std::string> kFieldsOption{
    "fields", "the keys (json, jsonl) or columns (csv) of each hit, e.g. id,title,body"};
constexpr std::array<Choice<ColorMode>, 3> kColorModes{
    {{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}}};
constexpr ChoiceFlag<ColorMode> kColorOption{
    {"color", "highlight matches: auto (on a terminal, unless $NO_COLOR is set), always, never"},
    kColorModes,
    Refusal::UnknownValue};
constexpr Flag<long long> kTimeoutOption{"timeout",
                                         "give up a search after N seconds (default 20; 0: never)"};
constexpr Switch kExplainOption{"explain", "print the parsed query on stderr"};
constexpr Flag<std::string> kSaveOption{
    "save", "save the query (and --any, --since, --until) as NAME, for saved:NAME and watch"};
constexpr Flag<std::string> kUnsaveOption{"unsave", "remove the saved search NAME"};
constexpr Switch kSavedOption{"saved", "list the saved searches (--format text or json)"};

constexpr const char* kUsage = "usage: news-search [OPTIONS] QUERY...";
constexpr std::size_t kHelpWidth = 80; // every line of --help fits a terminal's 80 columns

constexpr const char* kAbout = R"(
Searches the news index. All words must match (--any: one is enough).
  "exact phrase"   AND  OR  NOT  -word  +word  ( )  word NEAR word  sanction*
  date:2024-03-01..2024-05-31  date:2024-03..2024-05  date:1987
  date:7d..  date:..yesterday
  person:putin  person:"vladimir putin"  org:nato  place:china
  entity:"european union"
Filters of different kinds must all match, and so must two entity filters
(person:reagan person:thatcher); of two dates or two languages, either one.
After the first word, -word excludes that word (news-search opec -saudi);
before it, use --.
Republished copies of a story are shown once, with "+N similar"
(--all-versions: each).
Each hit shows a handle (0c4c645): news-search show HANDLE prints it whole.
Text on a terminal goes through $PAGER (default: less -FRX; --no-pager: not).
Saved searches: --save NAME QUERY... keeps one in the index, saved:NAME uses it
in a query, --saved lists them; news-search watch NAME prints the articles
that match it and arrived since its last run (news-search watch --help).
Exit status: 0 when something matched, 1 when nothing did, 2 on error.
news-search serve: the web page and HTTP API (news-search serve --help).
)";

void print_help(const po::options_description& visible) {
  std::cout << kUsage << '\n' << kAbout << '\n' << visible << "\nSearch fields:\n";
  // Each field's name, then its description wrapped to fit 80 columns.
  constexpr std::size_t kIndent = 10;
  for (const FieldSpec& field : kFields) {
    if (field.query_name.empty()) continue;
    const std::string text = fmt::format("{} (e.g. {})", field.description, field.example);
    std::string name = fmt::format("  {}:", field.query_name);
    for (const std::string& line : wrap(text, kHelpWidth - kIndent, 10)) {
      std::cout << name << std::string(kIndent - name.size(), ' ') << line << '\n';
      name.clear();
    }
  }
}

} // namespace

std::optional<SearchConfig> parse_search_options(const std::vector<std::string>& args) {
  SearchConfig config;
  po::options_description visible("Options");
  declare(visible, kHelpOption, kVersionOption, kShardsOption, kAllowPartialOption, kAnyOption,
          kSinceOption, kUntilOption, kLangOption, kNowOption, kLikeOption, kLimitOption,
          kOffsetOption, kSortOption, kAllVersionsOption, kCountOption, kHistogramOption,
          kFacetsOption, kFacetLimitOption, kRelatedOption, kMinCountOption, kSampleOption,
          kTimelineOption, kNoHitsOption, kEntitiesOption, kFormatOption, kFieldsOption,
          kColorOption, kTimeoutOption, kExplainOption, kNoPagerOption, kSaveOption, kUnsaveOption,
          kSavedOption);
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
    throw Error(ErrorKind::Usage, fmt::format("{} (see news-search --help)", e.what()),
                "to exclude a word, put it after a word to find (opec -saudi) or after -- "
                "(news-search -- -saudi opec)");
  } catch (const po::error& e) {
    throw_usage("{}\n{} (see news-search --help)", e.what(), kUsage);
  }
  if (is_on(vm, kHelpOption)) {
    print_help(visible);
    return std::nullopt;
  }
  if (is_on(vm, kVersionOption)) {
    std::cout << version_text("news-search");
    return std::nullopt;
  }
  SearchRequest& request = config.request;
  config.dbs = given(vm, kShardsOption).value_or(std::vector<std::string>{});
  if (!config.dbs.empty()) config.db = config.dbs.front();
  config.allow_partial = is_on(vm, kAllowPartialOption);
  read_search_options(VmValues(vm), request);
  request.limit = checked_count("--limit", given(vm, kLimitOption).value_or(request.limit));
  const long long timeout = given(vm, kTimeoutOption).value_or(config.timeout_seconds);
  if (timeout < 0 || timeout > 86'400)
    throw_usage("--timeout: {} is not a number of seconds (0 to 86400)", timeout);
  config.timeout_seconds = static_cast<unsigned>(timeout);
  config.format = chosen(vm, kFormatOption).value_or(config.format);
  config.color = chosen(vm, kColorOption).value_or(config.color);
  if (const std::optional<std::string> fields = given(vm, kFieldsOption)) {
    if (config.format != OutputFormat::Json && config.format != OutputFormat::Jsonl &&
        config.format != OutputFormat::Csv)
      throw_usage("--fields chooses the keys of --format json and jsonl and the columns of "
                  "--format csv");
    config.fields = parse_hit_fields(*fields);
  }
  request.count_only = is_on(vm, kCountOption);
  config.show_entities = is_on(vm, kEntitiesOption);
  request.explain = is_on(vm, kExplainOption);
  config.pager = !is_on(vm, kNoPagerOption);
  if (is_on(vm, kTimelineOption)) { // each argument one series
    if (vm.count("query")) request.timeline = vm["query"].as<std::vector<std::string>>();
    if (request.timeline.empty()) throw_usage("--timeline: give the queries to chart, one each");
    check_timeline(request);
  } else if (vm.count("query")) {
    for (const std::string& word : vm["query"].as<std::vector<std::string>>()) {
      if (!request.query.empty()) request.query += ' ';
      request.query += word;
    }
  }
  config.save = given(vm, kSaveOption);
  config.unsave = given(vm, kUnsaveOption);
  config.list_saved = is_on(vm, kSavedOption);
  if ((config.save ? 1 : 0) + (config.unsave ? 1 : 0) + (config.list_saved ? 1 : 0) > 1)
    throw_usage("--save, --unsave and --saved go one at a time");
  if ((config.save || config.unsave || config.list_saved) && config.dbs.size() > 1)
    throw_usage("--save, --unsave and --saved keep saved searches in one index: give one --db");
  if (config.save && request.like_id)
    throw_usage("--save keeps the query, --any, --since and --until; not --like");
  if (config.unsave || config.list_saved) return config;
  check_charts_fit(config);
  if (!selects_something(request))
    throw_usage("no query given{}\n{} (see news-search --help)",
                config.save ? " to save (--unsave NAME removes one)" : "", kUsage);
  return config;
}

} // namespace news
