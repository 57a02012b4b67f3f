#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/database.hh"
#include "indexer/command_line.hh"
#include "indexer/file_registry.hh"
#include "indexer/maintenance_commands.hh"

namespace news {

namespace po = boost::program_options;

int run_sources_command(const std::vector<std::string>& args) {
  std::optional<std::string> db;
  std::string format = "text";
  bool failed = false;
  po::options_description visible("Options for sources");
  visible.add_options()("help,h", "show this help")("db", database_value(db), "index location")(
      "failed", po::bool_switch(&failed), "list the files that failed, with the reason")(
      "format", po::value<std::string>(&format), "text or json");
  if (!parse_command_line(args, "usage: news-index sources [--failed] [--format text|json]",
                          visible))
    return 0;
  const Xapian::Database reader = open_for_reading(resolve_database_path(db));
  const FileRegistry registry(reader);
  const std::vector<FileRecord> files = registry.files();
  nlohmann::ordered_json json = nlohmann::ordered_json::array();
  if (failed) {
    for (const FileRecord& file : files) {
      if (file.error.empty()) continue;
      if (format == "json")
        json.push_back({{"path", file.path}, {"error", file.error}});
      else
        fmt::print("{}\t{}\n", file.path, file.error);
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
      if (format == "json")
        json.push_back(
            {{"root", root.path},
             {"files", count},
             {"articles", articles},
             {"failed_files", failures},
             {"last_sync", root.last_sync.empty() ? nlohmann::ordered_json(nullptr)
                                                  : nlohmann::ordered_json(root.last_sync)}});
      else
        fmt::print("{}\t{} articles\t{} files ({} failed)\tlast sync {}\n", root.path, articles,
                   count, failures, synced);
    }
  }
  if (format == "json") fmt::print("{}\n", json.dump(2));
  return 0;
}

} // namespace news
