// news-search: queries the news index.
#include <iostream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "common/cli.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "searcher/deadline.hh"
#include "searcher/more_like_this.hh"
#include "searcher/output.hh"
#include "searcher/query_builder.hh"
#include "searcher/search.hh"
#include "searcher/search_options.hh"
#include "searcher/spelling.hh"
#include "searcher/terminal.hh"

namespace {

bool use_highlight(news::ColorMode mode) {
  switch (mode) {
  case news::ColorMode::Always:
    return true;
  case news::ColorMode::Never:
    return false;
  case news::ColorMode::Auto:
    break;
  }
  return news::stdout_is_terminal();
}

Xapian::Query select(const news::SearchConfig& config, const Xapian::Database& db,
                     std::string& corrected) {
  news::QueryRequest request{config.query, config.any, config.now, config.since, config.until};
  news::ParsedQuery parsed = news::build_query(request, db);
  corrected = parsed.corrected;
  if (!config.like_id) return parsed.query;
  // Similar articles, among those the words and dates select.
  return Xapian::Query(Xapian::Query::OP_FILTER, news::more_like_this(db, *config.like_id),
                       parsed.query);
}

void print(const news::SearchConfig& config, const news::SearchResults& results) {
  switch (config.format) {
  case news::OutputFormat::Text:
    news::print_text(results,
                     {use_highlight(config.color), news::output_width(), config.show_entities});
    break;
  case news::OutputFormat::Json:
    news::print_json(results, config.offset);
    break;
  case news::OutputFormat::Jsonl:
    news::print_jsonl(results);
    break;
  case news::OutputFormat::Ids:
    news::print_ids(results);
    break;
  case news::OutputFormat::Csv:
    news::print_csv(results);
    break;
  }
}

news::SearchResults search_once(const news::SearchConfig& config, const Xapian::Database& db) {
  std::string corrected;
  const Xapian::Query query = select(config, db, corrected);
  if (config.explain) std::cerr << query.get_description() << '\n';
  news::SearchRequest request;
  request.offset = config.offset;
  request.limit = config.count_only ? 1u : config.limit;
  request.sort = config.sort;
  request.collapse = !config.all_versions;
  request.histogram = config.histogram;
  request.facets = config.facets;
  news::SearchResults results = news::run_search(db, query, request);
  results.query = config.query;
  if (results.total < 3) results.did_you_mean = news::suggest_spelling(db, config.query, corrected);
  return results;
}

int search(const std::vector<std::string>& args) {
  const std::optional<news::SearchConfig> config = news::parse_search_options(args);
  if (!config) return 0;
  Xapian::Database db = news::open_for_reading(news::resolve_database_path(config->db));
  news::SearchResults results;
  // A writer (news-index sync) may commit while we read: Xapian then asks
  // for a reopen, and the search is run again on the newer state.
  constexpr int kAttempts = 5;
  news::set_search_deadline(config->timeout_seconds);
  for (int attempt = 1;; ++attempt) {
    try {
      results = search_once(*config, db);
      break;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      db.reopen();
    } catch (const Xapian::WildcardError& e) {
      throw news::wildcard_error(e);
    }
  }
  news::set_search_deadline(0); // printing a long list is not searching
  if (config->count_only)
    fmt::print("{}\n", results.total);
  else
    print(*config, results);
  return static_cast<int>(results.total > 0 ? news::ExitCode::Ok : news::ExitCode::NoMatch);
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return news::run_main("news-search", [&] { return search(args); });
}
