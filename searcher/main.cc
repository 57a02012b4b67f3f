// news-search: queries the news index.
#include <iostream>
#include <string>
#include <vector>

#include "common/cli.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "searcher/output.hh"
#include "searcher/query_builder.hh"
#include "searcher/search.hh"
#include "searcher/search_options.hh"

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

int search(const std::vector<std::string>& args) {
  const std::optional<news::SearchConfig> config = news::parse_search_options(args);
  if (!config) return 0;
  const Xapian::Database db = news::open_for_reading(news::resolve_database_path(config->db));
  const Xapian::Query query = news::build_query(config->query, db);
  if (config->explain) std::cerr << query.get_description() << '\n';

  const news::SearchResults results =
      news::run_search(db, query, config->query, config->offset, config->limit);
  switch (config->format) {
  case news::OutputFormat::Text:
    news::print_text(results, {use_highlight(config->color)});
    break;
  case news::OutputFormat::Json:
    news::print_json(results, config->offset);
    break;
  case news::OutputFormat::Ids:
    news::print_ids(results);
    break;
  }
  return static_cast<int>(results.total > 0 ? news::ExitCode::Ok : news::ExitCode::NotFound);
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return news::run_main("news-search", [&] { return search(args); });
}
