#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/byte_escape.hh"
#include "common/command_line.hh"
#include "common/config_file.hh"
#include "common/counted.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "indexer/configured_roots.hh"
#include "indexer/file_registry.hh"
#include "indexer/index_options.hh"
#include "indexer/index_target.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/read_options_cli.hh"

namespace news {

namespace po = boost::program_options;

namespace {

// Paths are bytes: shown escaped (byte_escape.hh), in text and in JSON.
nlohmann::ordered_json options_json(const OptionValues& options) {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  for (const auto& [name, values] : options) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const std::string& value : values)
      list.push_back(escape_bytes(value));
    json[name] = std::move(list);
  }
  return json;
}

nlohmann::ordered_json paths_json(const std::vector<std::string>& paths) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const std::string& path : paths)
    list.push_back(escape_bytes(path));
  return list;
}

// Problems met walking (a folder that cannot be read) on stderr.
struct WalkProblems : ProblemSink {
  void problem(const Problem& problem) override {
    fmt::print(stderr, "{}\n", format_problem(problem));
  }
};

// `sources --skipped`: each root walked again with the rules of the next sync.
void print_skipped(const std::vector<Root>& roots, bool json_format, nlohmann::ordered_json& json) {
  WalkProblems problems;
  const WalkRules rules = walk_rules(config_file(), roots);
  for (const Root& root : roots) {
    std::error_code ec;
    if (!std::filesystem::exists(root.path, ec)) continue;
    for (const SkippedPath& skipped : walk_files({root.path}, {}, rules, problems).skipped) {
      const std::string path = escape_bytes(skipped.path.string()) + (skipped.folder ? "/" : "");
      if (json_format)
        json.push_back({{"root", escape_bytes(root.path)},
                        {"path", escape_bytes(skipped.path.string())},
                        {"folder", skipped.folder},
                        {"pattern", skipped.pattern},
                        {"from", escape_bytes(skipped.origin)}});
      else
        fmt::print("{}\t{}\t{}\n", path, skipped.pattern, escape_bytes(skipped.origin));
    }
  }
}

} // namespace

int run_sources_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for sources");
  declare(visible, kHelpOption, kBriefDbOption, kFailedOption, kSkippedOption,
          kSourcesFormatOption);
  const auto vm = parse_command_line(
      args, "usage: news-index sources [--failed | --skipped] [--format text|json]", visible);
  if (!vm) return 0;
  const bool failed = is_on(*vm, kFailedOption);
  const bool skipped = is_on(*vm, kSkippedOption);
  if (failed && skipped) throw_usage("sources: --failed or --skipped, not both");
  const bool json_format = chosen(*vm, kSourcesFormatOption) == OutputFormat::Json;
  const Xapian::Database reader =
      open_for_reading(registry_database(resolve_database_path(given(*vm, kBriefDbOption))));
  const FileRegistry registry(reader);
  const std::vector<FileRecord> files = registry.files();
  nlohmann::ordered_json json = nlohmann::ordered_json::array();
  const std::vector<Root> roots = with_configured_roots(registry.roots(), config_file());
  if (skipped) {
    print_skipped(roots, json_format, json);
  } else if (failed) {
    for (const FileRecord& file : files) {
      if (file.error.empty()) continue;
      if (json_format)
        json.push_back({{"path", escape_bytes(file.path)}, {"error", escape_bytes(file.error)}});
      else
        fmt::print("{}\t{}\n", escape_bytes(file.path), escape_bytes(file.error));
    }
  } else {
    for (const Root& root : roots) {
      unsigned articles = 0, count = 0, failures = 0;
      for (const FileRecord& file : files) {
        if (!is_under(file.path, root.path)) continue;
        ++count;
        articles += file.articles;
        failures += file.error.empty() ? 0 : 1;
      }
      const std::string synced = root.last_sync.empty() ? "never" : root.last_sync;
      if (json_format)
        json.push_back(
            {{"root", escape_bytes(root.path)},
             {"files", count},
             {"articles", articles},
             {"failed_files", failures},
             {"last_sync", root.last_sync.empty() ? nlohmann::ordered_json(nullptr)
                                                  : nlohmann::ordered_json(root.last_sync)},
             {"read_options", options_json(root.read_options)},
             {"excluded", paths_json(root.excluded)}});
      else
        fmt::print("{}\t{}\t{} ({} failed)\tlast sync {}\tread options {}\n",
                   escape_bytes(root.path), counted(articles, "article"), counted(count, "file"),
                   failures, synced, describe_read_options(root.read_options));
      if (!json_format)
        for (const std::string& excluded : root.excluded)
          fmt::print("  excluded {} (news-index add takes it back)\n", escape_bytes(excluded));
    }
  }
  if (json_format) fmt::print("{}\n", json.dump(2));
  return 0;
}

} // namespace news
