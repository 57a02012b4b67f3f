// news-search: queries the news index. The command line is one front end of
// the search service (search_service.hh): options in, a request to the
// service, the results printed in the chosen format.
#include <string>
#include <vector>

#include "common/cli.hh"
#include <fmt/format.h>

#include "common/database.hh"
#include "common/database_set.hh"
#include "common/error.hh"
#include "searcher/deadline.hh"
#include "searcher/output.hh"
#include "searcher/pager.hh"
#include "searcher/saved_command.hh"
#include "searcher/search_options.hh"
#include "searcher/search_service.hh"
#include "searcher/show_command.hh"
#include "searcher/terminal.hh"
#include "searcher/watch_command.hh"
#include "server/serve_command.hh"

namespace {

// The handle of each hit, for the text output (article_handle.hh).
std::vector<std::string> hit_handles(news::SearchService& service,
                                     const news::SearchResults& results) {
  std::vector<std::string> ids;
  for (const news::Hit& hit : results.hits)
    ids.push_back(hit.article.id);
  return service.handles(ids);
}

void print(const news::SearchConfig& config, const news::SearchResults& results,
           news::SearchService& service, news::Sink& sink) {
  if (config.request.count_only) {
    sink.print("{}\n", results.total);
    return;
  }
  switch (config.format) {
  case news::OutputFormat::Text:
    news::print_text(results,
                     {news::use_color(config.color), news::output_width(), config.show_entities,
                      !config.request.no_hits, hit_handles(service, results)},
                     sink);
    break;
  case news::OutputFormat::Json:
    news::print_json(results, config.request.offset, sink, config.fields);
    break;
  case news::OutputFormat::Jsonl:
    news::print_jsonl(results, sink, config.fields);
    break;
  case news::OutputFormat::Ids:
    news::print_ids(results, sink);
    break;
  case news::OutputFormat::Csv: // one table (chart_formats.hh)
    if (config.request.no_hits && config.request.histogram)
      news::print_csv_histogram(results, sink);
    else if (config.request.no_hits && config.request.facets)
      news::print_csv_facets(results, sink);
    else
      news::print_csv(results, sink, config.fields);
    break;
  }
}

// Something matched: the query, or one series of a --timeline.
bool matched(const news::SearchResults& results) {
  if (results.total > 0) return true;
  if (!results.timeline) return false;
  for (const news::TimelineSeries& series : results.timeline->series)
    if (series.total > 0) return true;
  return false;
}

int search(const std::vector<std::string>& args) {
  const std::optional<news::SearchConfig> config = news::parse_search_options(args);
  if (!config) return 0;
  if (news::asks_for_saved_searches(*config)) {
    news::StdioSink out;
    return news::run_saved_command(*config, out);
  }
  news::SearchService service(news::DatabaseSet(news::resolve_shards(config->dbs),
                                                news::ShardOptions{config->allow_partial}));
  const std::unique_ptr<news::Sink> sink =
      news::output_sink(config->pager && config->format == news::OutputFormat::Text);
  news::set_search_deadline(config->timeout_seconds);
  const news::SearchResults results = service.search(config->request);
  news::set_search_deadline(0); // printing a long list is not searching
  if (config->request.explain) sink->note(results.explanation + '\n');
  if (!results.missing_shards.empty())
    sink->note(fmt::format("news-search: warning: partial results: {} of the shards did not "
                           "answer: {}\n",
                           results.missing_shards.size(), fmt::join(results.missing_shards, ", ")));
  print(*config, results, service, *sink);
  return static_cast<int>(matched(results) ? news::ExitCode::Ok : news::ExitCode::NoMatch);
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return news::run_main("news-search", [&] {
    if (!args.empty() && args[0] == "serve") return news::run_serve({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "show") return news::run_show({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "watch")
      return news::run_watch_command({args.begin() + 1, args.end()});
    return search(args);
  });
}
