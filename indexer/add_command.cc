#include "indexer/add_command.hh"

#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>

#include "common/database.hh"
#include "common/error.hh"
#include "indexer/command_line.hh"
#include "indexer/file_walker.hh"
#include "indexer/indexing_run.hh"
#include "indexer/interrupt.hh"
#include "indexer/read_options_cli.hh"
#include "indexer/run_options_cli.hh"

namespace news {
namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

constexpr const char* kUsage = "usage: news-index add [OPTIONS] PATH...";
constexpr const char* kAbout =
    R"(Indexes article files and folders (recursively; hidden ones are skipped),
and records each PATH as a root that 'news-index sync' keeps in step.
Formats, detected from the content: plain text, JSON Lines, JSON, HTML pages,
RSS and Atom feeds, and gzip-compressed versions of each. Adding a file again
replaces its articles; unchanged files are not read again.
)";

struct AddOptions {
  std::vector<fs::path> paths;
  WriterArgs writer;
  RunOptions run;
};

// Parsed options, or nullopt when --help was printed.
std::optional<AddOptions> parse_add_options(const std::vector<std::string>& args) {
  AddOptions options;
  ReadOptionArgs read_args;
  po::options_description visible("Options for add");
  visible.add_options()("help,h", "show this help");
  declare_writer_options(visible, options.writer);
  declare_read_options(visible, read_args);
  const auto vm = parse_command_line(args, kUsage, visible, "path", kAbout);
  if (!vm) return std::nullopt;
  if (!vm->count("path")) throw_usage("add: no PATH given\n{}", kUsage);
  for (const auto& p : (*vm)["path"].as<std::vector<std::string>>())
    options.paths.emplace_back(p);
  options.run.read = to_read_options(read_args);
  options.run.retry_failed = options.writer.retry_failed;
  options.run.batch_size = std::max(1u, options.writer.batch_size);
  return options;
}

} // namespace

int run_add_command(const std::vector<std::string>& args) {
  const std::optional<AddOptions> parsed = parse_add_options(args);
  if (!parsed) return 0;
  const AddOptions& options = *parsed;
  RunReport report("add", options.writer.quiet, log_format_of(options.writer));
  const fs::path database = resolve_database_path(database_option(options.writer));
  IndexWriter writer(database, options.writer.lock_timeout, "news-index add");
  FileRegistry registry(writer.database());
  install_interrupt_handlers();

  IndexingRun run(&writer, registry, options.run, report);
  const auto count_problem = [&](InputProblem problem) {
    ++run.tally().failed;
    report.problem(problem);
  };
  const std::vector<fs::path> files = collect_files(options.paths, {database}, count_problem);
  for (const fs::path& root : options.paths) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(root, ec);
    if (!ec) registry.add_root(canonical.string());
  }
  run.use_shards_if_new(database, indexing_jobs(options.writer.jobs));
  run.visit(files);
  run.finish();
  report.summary(run.tally(), interrupt_signal());
  return run_exit_status(run.tally(), interrupt_signal());
}

} // namespace news
