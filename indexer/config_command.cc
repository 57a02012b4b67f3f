// `news-index config`: the settings in effect and where each came from, as
// a config file (TOML) with the origins in comments.
#include <nlohmann/json.hpp>

#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/config_file.hh"
#include "common/database.hh"
#include "indexer/command_line.hh"
#include "indexer/ignore_rules.hh"
#include "indexer/index_options.hh"
#include "indexer/maintenance_commands.hh"

namespace news {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage = "usage: news-index config [--db PATH]";
constexpr const char* kAbout =
    R"(Prints the settings in effect, as a config file, each with where it came
from: the command line, the environment, the config file (FILE:LINE) or the
default. The config file is --config FILE, else $NEWS_INDEX_CONFIG, else
$XDG_CONFIG_HOME/news-index/config.toml (~/.config/news-index/config.toml).
)";

// A TOML basic string (paths are bytes: escaped as the other outputs do).
std::string quoted(const std::string& text) { return nlohmann::json(escape_bytes(text)).dump(); }

void print_line(const std::string& text, const std::string& origin) {
  fmt::print("{}  # {}\n", text, escape_bytes(origin));
}

void print_patterns(const std::string& indent, const std::vector<Setting>& patterns) {
  if (patterns.empty()) return;
  fmt::print("{}ignore = [\n", indent);
  for (const Setting& pattern : patterns)
    print_line(indent + "  " + quoted(pattern.value) + ",", pattern.origin);
  fmt::print("{}]\n", indent);
}

// The default patterns, as a comment of lines within 80 columns.
void print_default_patterns() {
  fmt::print("# the default ignore patterns, before those (a \"!\" pattern re-includes):\n");
  std::string line = "#  ";
  for (const IgnoreRule& rule : default_ignore_rules()) {
    if (line.size() + 1 + rule.pattern.text().size() > 80) {
      fmt::print("{}\n", line);
      line = "#  ";
    }
    line += " " + rule.pattern.text();
  }
  fmt::print("{}\n", line);
}

void print_root(const ConfiguredRoot& root) {
  fmt::print("\n");
  print_line("[[root]]", root.origin);
  print_line("path = " + quoted(root.path.value), root.path.origin);
  for (const auto& [name, option] : root.read_options) {
    std::string value;
    if (option.values.empty()) {
      value = "true";
    } else if (name == "max-file-size") {
      value = option.values.front();
    } else {
      for (const std::string& v : option.values)
        value += (value.empty() ? "" : ", ") + quoted(v);
      value = "[" + value + "]";
    }
    print_line(name + " = " + value, option.origin);
  }
  print_patterns("", root.ignore);
}

} // namespace

int run_config_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for config");
  declare(visible, kHelpOption, kBriefDbOption);
  const auto vm = parse_command_line(args, kUsage, visible, "", kAbout);
  if (!vm) return 0;
  const ConfigFile& config = config_file();
  const std::string file = config.location.value.empty() ? "none" : config.location.value;
  fmt::print("# config file: {} ({}{})\n", escape_bytes(file), config.location.origin,
             config.exists ? "" : "; not there");
  const Setting database = locate_database(given(*vm, kBriefDbOption));
  print_line("database = " + quoted(database.value), database.origin);
  if (config.language)
    print_line("language = " + quoted(config.language->value), config.language->origin);
  else
    fmt::print("# language: not set (no default language)\n");
  print_patterns("", config.ignore);
  print_default_patterns();
  for (const ConfiguredRoot& root : config.roots)
    print_root(root);
  return 0;
}

} // namespace news
