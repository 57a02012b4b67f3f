#include "indexer/add_command.hh"

#include <chrono>
#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/core.h>

#include "common/database.hh"
#include "common/error.hh"
#include "indexer/file_walker.hh"
#include "indexer/index_writer.hh"
#include "indexer/input_problem.hh"
#include "indexer/read_articles.hh"
#include "indexer/read_options_cli.hh"

namespace news {
namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

struct AddOptions {
  std::optional<std::string> db;
  std::vector<fs::path> paths;
  ReadOptions read;
};

/** Counts for the summary line. */
struct AddTally {
  unsigned added = 0, updated = 0, unchanged = 0, failed = 0, files = 0;

  void count(AddOutcome outcome) {
    switch (outcome) {
    case AddOutcome::Added:
      ++added;
      break;
    case AddOutcome::Updated:
      ++updated;
      break;
    case AddOutcome::Unchanged:
      ++unchanged;
      break;
    }
  }
};

constexpr const char* kUsage = "usage: news-index add [OPTIONS] PATH...";
constexpr const char* kAbout =
    R"(Indexes article files and folders (recursively; hidden ones are skipped).
Formats, detected from the content: plain text, JSON Lines, JSON, HTML pages,
RSS and Atom feeds, and gzip-compressed versions of each. Adding a file again
replaces its articles; unchanged articles are not rewritten.
)";

// Parsed options, or nullopt when --help was printed.
std::optional<AddOptions> parse_add_options(const std::vector<std::string>& args) {
  po::options_description visible("Options for add");
  std::string db;
  ReadOptionArgs read_args;
  visible.add_options()("help,h", "show this help")(
      "db", po::value<std::string>(&db),
      "index location (default: $NEWS_INDEX_DB, else $XDG_DATA_HOME/news-index)");
  declare_read_options(visible, read_args);
  po::options_description all;
  all.add(visible).add_options()("path", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("path", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw_usage("add: {}\n{}", e.what(), kUsage);
  }
  if (vm.count("help")) {
    std::cout << kUsage << "\n\n" << kAbout << '\n' << visible;
    return std::nullopt;
  }
  if (!vm.count("path")) throw_usage("add: no PATH given\n{}", kUsage);

  AddOptions options;
  if (vm.count("db")) options.db = db;
  for (const auto& p : vm["path"].as<std::vector<std::string>>())
    options.paths.emplace_back(p);
  options.read = to_read_options(read_args);
  return options;
}

void print_problem(const InputProblem& problem) { std::cerr << format_problem(problem) << '\n'; }

void index_file(const fs::path& file, const ReadOptions& read_options, IndexWriter& writer,
                AddTally& tally) {
  ++tally.files;
  try {
    const FileArticles read = read_articles(file, read_options);
    for (const RecordProblem& problem : read.problems) {
      if (problem.severity == RecordProblem::Severity::Error) ++tally.failed;
      print_problem(InputProblem::from(file, problem));
    }
    for (const Article& article : read.articles)
      tally.count(writer.add(article));
  } catch (const InputError& e) {
    ++tally.failed;
    print_problem({InputProblem::Severity::Error, file.string(), std::nullopt, e.what()});
  }
}

} // namespace

int run_add_command(const std::vector<std::string>& args) {
  const auto start = std::chrono::steady_clock::now();
  const std::optional<AddOptions> parsed = parse_add_options(args);
  if (!parsed) return 0;
  const AddOptions& options = *parsed;
  const fs::path database = resolve_database_path(options.db);
  IndexWriter writer(database);

  AddTally tally;
  const auto report = [&](InputProblem problem) {
    ++tally.failed;
    print_problem(problem);
  };
  for (const fs::path& file : collect_files(options.paths, {database}, report))
    index_file(file, options.read, writer, tally);
  writer.commit();

  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  fmt::print("{} added, {} updated, {} unchanged, {} failed ({} files in {:.2f} s)\n", tally.added,
             tally.updated, tally.unchanged, tally.failed, tally.files, elapsed.count());
  return static_cast<int>(tally.failed == 0 ? ExitCode::Ok : ExitCode::NotFound);
}

} // namespace news
