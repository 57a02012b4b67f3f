#include "searcher/watch_command.hh"
#include "common/counted.hh"

#include <boost/program_options.hpp>
#include <fmt/core.h>

#include "common/cli_options.hh"
#include "common/command_line.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "searcher/arrivals.hh"
#include "searcher/metadata_writer.hh"
#include "searcher/output.hh"
#include "searcher/query_builder.hh"
#include "searcher/saved_searches.hh"
#include "searcher/watch_state.hh"

namespace news {
namespace {

namespace po = boost::program_options;

constexpr auto kWatchFormats = format_choices({OutputFormat::Text, OutputFormat::Jsonl});
constexpr ChoiceFlag<OutputFormat> kWatchFormatOption{
    {"format,f", "output: text (a mail-ready digest) or jsonl (one article a line)"},
    kWatchFormats,
    Refusal::UnknownValue};
constexpr Flag<double> kWatchLockOption{
    "lock-timeout", "wait this many seconds for a writer to record the run (default 60), then 75"};

constexpr const char* kUsage = "usage: news-search watch [OPTIONS] NAME";
constexpr const char* kAbout =
    R"about(Prints the articles that match the saved search NAME (news-search --save NAME
QUERY...) and were indexed since the last watch of NAME, newest first. The
first watch of a name reports none: it marks where the next one starts.
An article indexed again, changed or not, is not news again.
Exit status: 0 with news, 1 without, 2 on error, 75 when the index stayed
locked (the news then comes again next time).
Cron, after the indexing job (scripts/crontab.example):
  news-search watch opec >digest && mail -s "$(head -1 digest)" me <digest
)about";

struct WatchOptions {
  std::string name;
  std::optional<std::string> db;
  OutputFormat format = OutputFormat::Text;
  double lock_wait = kMetadataLockWait;
};

std::optional<WatchOptions> parse(const std::vector<std::string>& args) {
  po::options_description visible("Options");
  declare(visible, kHelpOption, kDbOption, kWatchFormatOption, kWatchLockOption);
  const std::optional<po::variables_map> parsed =
      parse_command_line(args, kUsage, visible, "name", kAbout);
  if (!parsed) return std::nullopt;
  const po::variables_map& vm = *parsed;
  const std::vector<std::string> names =
      vm.count("name") ? vm["name"].as<std::vector<std::string>>() : std::vector<std::string>{};
  if (names.size() != 1) throw_usage("watch takes one saved search's name\n{}", kUsage);
  WatchOptions options{names.front(), given(vm, kDbOption)};
  options.format = chosen(vm, kWatchFormatOption).value_or(options.format);
  options.lock_wait = given(vm, kWatchLockOption).value_or(options.lock_wait);
  if (options.lock_wait < 0)
    throw_usage("--lock-timeout: {} is not a number of seconds", options.lock_wait);
  return options;
}

struct Watched {
  SavedSearch search;
  std::optional<WatchState> state; /**< nullopt: start here */
  Xapian::docid last = 0;          /**< where the next run starts */
  SearchResults results;           /**< the news; or, on a first run, the total only */
};

// One consistent reading of the index: a writer's commit meanwhile reads again.
Watched look(Xapian::Database& db, const std::string& name) {
  for (int attempt = 1;; ++attempt) {
    try {
      Watched watched;
      const std::optional<SavedSearch> saved = find_saved_search(db, name);
      if (!saved) throw unknown_saved_search(db, name);
      watched.search = *saved;
      watched.last = db.get_lastdocid();
      watched.state = read_watch_state(db, name);
      // A parallel build numbers from 1: the last run's docid means nothing.
      if (watched.state && watched.state->last_seen > watched.last) watched.state.reset();
      Xapian::Query query =
          build_query(query_request(*saved, now_from("now", std::nullopt)), db).query;
      MatchOptions options;
      options.limit = 0;
      options.sort = SortOrder::Newest;
      options.hits = watched.state.has_value();
      if (watched.state)
        query =
            Xapian::Query(Xapian::Query::OP_FILTER, query, arrived_after(watched.state->last_seen));
      watched.results = run_search(db, query, options);
      watched.results.query = describe(*saved);
      return watched;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 5) throw;
      db.reopen();
    }
  }
}

} // namespace

int run_watch_command(const std::vector<std::string>& args) {
  const std::optional<WatchOptions> options = parse(args);
  if (!options) return 0;
  const std::filesystem::path path = resolve_database_path(options->db);
  StdioSink sink;
  Xapian::Database db = open_for_reading(path);
  const Watched watched = look(db, options->name);
  db.close();
  const bool first = !watched.state;
  if (first)
    sink.note(fmt::format("first watch of '{}': {} matching {} already indexed, not news;\n"
                          "the next watch reports those indexed after now\n",
                          options->name, watched.results.total,
                          noun_for(watched.results.total, "article")));
  else if (!watched.results.hits.empty() && options->format == OutputFormat::Jsonl)
    print_jsonl(watched.results, sink);
  else if (!watched.results.hits.empty())
    print_digest(watched.results, {options->name, watched.results.query}, sink);
  // Recorded after the news is out: if this fails, the next run brings it again.
  if (first || watched.state->last_seen != watched.last) {
    MetadataWriter writer(path, "news-search watch " + options->name, sink, options->lock_wait);
    write_watch_state(writer.database(), options->name, WatchState{watched.last});
    writer.commit();
  }
  const bool news = !first && !watched.results.hits.empty();
  return static_cast<int>(news ? ExitCode::Ok : ExitCode::NoMatch);
}

} // namespace news
