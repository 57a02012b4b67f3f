#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/byte_escape.hh"
#include "common/database.hh"
#include "indexer/command_line.hh"
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

} // namespace

int run_sources_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for sources");
  declare(visible, kHelpOption, kBriefDbOption, kFailedOption, kSourcesFormatOption);
  const auto vm = parse_command_line(
      args, "usage: news-index sources [--failed] [--format text|json]", visible);
  if (!vm) return 0;
  const bool failed = is_on(*vm, kFailedOption);
  const bool json_format = chosen(*vm, kSourcesFormatOption) == OutputFormat::Json;
  const Xapian::Database reader =
      open_for_reading(registry_database(resolve_database_path(given(*vm, kBriefDbOption))));
  const FileRegistry registry(reader);
  const std::vector<FileRecord> files = registry.files();
  nlohmann::ordered_json json = nlohmann::ordered_json::array();
  if (failed) {
    for (const FileRecord& file : files) {
      if (file.error.empty()) continue;
      if (json_format)
        json.push_back({{"path", escape_bytes(file.path)}, {"error", escape_bytes(file.error)}});
      else
        fmt::print("{}\t{}\n", escape_bytes(file.path), escape_bytes(file.error));
    }
  } else {
    for (const Root& root : registry.roots()) {
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
             {"read_options", options_json(root.read_options)}});
      else
        fmt::print("{}\t{} articles\t{} files ({} failed)\tlast sync {}\tread options {}\n",
                   escape_bytes(root.path), articles, count, failures, synced,
                   describe_read_options(root.read_options));
    }
  }
  if (json_format) fmt::print("{}\n", json.dump(2));
  return 0;
}

} // namespace news
