#include "searcher/show_command.hh"

#include <iostream>
#include <memory>

#include <boost/program_options.hpp>

#include "common/cli_options.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "searcher/output.hh"
#include "searcher/pager.hh"
#include "searcher/search_service.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

namespace po = boost::program_options;

constexpr auto kShowFormatChoices = format_choices({OutputFormat::Text, OutputFormat::Json});
constexpr ChoiceFlag<OutputFormat> kShowFormatOption{
    {"format,f", "text, or json (one object an article, as /api/articles/ID)"},
    kShowFormatChoices,
    Refusal::MustBe,
    "show: "};

constexpr const char* kUsage =
    "usage: news-search show [--format text|json] [--no-pager] [--db PATH] ID...";
constexpr const char* kAbout = R"(
Prints each article whole: its title, date and where the date came from,
source, author, URL, file and record, language, entities, the other copies
of its story and the body. ID is an id as --format ids prints it, or the
handle the text output shows by each hit (the first 4 or more of its digits).
Exit status: 0 when every article was found, 1 when one was not, 2 on error.
)";

struct ShowOptions {
  std::vector<std::string> dbs; /**< each --db (database_set.hh) */
  OutputFormat format = OutputFormat::Text;
  bool pager = true; /**< text on a terminal through $PAGER (--no-pager: never) */
  std::vector<std::string> ids;
};

std::optional<ShowOptions> parse_show_options(const std::vector<std::string>& args) {
  po::options_description visible("Options for show");
  declare(visible, kHelpOption, kShardsOption, kShowFormatOption, kNoPagerOption);
  po::options_description all;
  all.add(visible).add_options()("id", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("id", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw_usage("show: {}\n{} (see news-search show --help)", e.what(), kUsage);
  }
  if (is_on(vm, kHelpOption)) {
    std::cout << kUsage << '\n' << kAbout << '\n' << visible;
    return std::nullopt;
  }
  ShowOptions options;
  options.dbs = given(vm, kShardsOption).value_or(std::vector<std::string>{});
  options.format = chosen(vm, kShowFormatOption).value_or(options.format);
  options.pager = !is_on(vm, kNoPagerOption);
  if (vm.count("id")) options.ids = vm["id"].as<std::vector<std::string>>();
  if (options.ids.empty()) throw_usage("show: no ID given\n{}", kUsage);
  return options;
}

// The handles of the article and of its copies, in that order.
std::vector<std::string> handles_of(SearchService& service, const ArticleView& view) {
  std::vector<std::string> ids{view.article.id};
  for (const Article& copy : view.copies)
    ids.push_back(copy.id);
  return service.handles(ids);
}

} // namespace

int run_show(const std::vector<std::string>& args) {
  const std::optional<ShowOptions> options = parse_show_options(args);
  if (!options) return 0;
  SearchService service(DatabaseSet(resolve_shards(options->dbs), ShardOptions{}));
  const std::unique_ptr<Sink> out =
      output_sink(options->pager && options->format == OutputFormat::Text);
  Sink& sink = *out;
  bool all_found = true, first = true;
  for (const std::string& id : options->ids) {
    std::optional<ArticleView> view;
    try {
      view = service.article(id);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::NotFound) throw;
      sink.note(fmt::format("news-search: show: {}\n", e.what()));
      all_found = false;
      continue;
    }
    if (options->format == OutputFormat::Json) {
      print_article_json(*view, sink);
      continue;
    }
    if (!first) sink.print("\n");
    first = false;
    print_article_text(*view, handles_of(service, *view), output_width(), sink);
  }
  return static_cast<int>(all_found ? ExitCode::Ok : ExitCode::NoMatch);
}

} // namespace news
