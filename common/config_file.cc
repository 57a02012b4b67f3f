#include "common/config_file.hh"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/core.h>
#include <toml++/toml.h>

#include "common/error.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path>& chosen_file() {
  static std::optional<fs::path> file;
  return file;
}

// The file and what chose it; `must_exist` when the user named it.
std::pair<Setting, bool> locate() {
  if (chosen_file()) return {{chosen_file()->string(), "--config"}, true};
  if (auto env = environment_value("NEWS_INDEX_CONFIG"))
    return {{*env, "$NEWS_INDEX_CONFIG"}, true};
  if (auto xdg = environment_value("XDG_CONFIG_HOME"))
    return {{(fs::path(*xdg) / "news-index/config.toml").string(), "default"}, false};
  if (auto home = environment_value("HOME"))
    return {{(fs::path(*home) / ".config/news-index/config.toml").string(), "default"}, false};
  return {{"", "default"}, false};
}

class Reader {
public:
  explicit Reader(fs::path file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::source_region& where, const std::string& problem) const {
    throw_usage("{}:{}: {}", file_.string(), where.begin.line, problem);
  }

  std::string origin(const toml::source_region& where) const {
    return fmt::format("{}:{}", file_.string(), where.begin.line);
  }

  std::string string_of(const toml::key& key, const toml::node& node) const {
    if (!node.is_string()) fail(node.source(), fmt::format("'{}' must be a string", key.str()));
    return *node.value<std::string>();
  }

  // `~/x` is under the home folder; a relative path is relative to the config file's folder.
  Setting path_of(const toml::key& key, const toml::node& node) const {
    std::string text = string_of(key, node);
    if (text.empty()) fail(node.source(), fmt::format("'{}' must not be empty", key.str()));
    fs::path path(text);
    if (text == "~" || text.starts_with("~/")) {
      const auto home = environment_value("HOME");
      if (!home) fail(node.source(), "'~' in a path, but $HOME is not set");
      path = fs::path(*home) / text.substr(text.size() > 1 ? 2 : 1);
    } else if (path.is_relative()) {
      path = fs::absolute(file_).parent_path() / path;
    }
    // As the roots `add` records are: symlinks resolved (for what exists).
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(path, ec);
    if (ec) resolved = path.lexically_normal();
    if (!resolved.has_filename() && resolved != resolved.root_path())
      resolved = resolved.parent_path();
    return {resolved.string(), origin(node.source())};
  }

  // A string or an array of strings.
  std::vector<Setting> strings_of(const toml::key& key, const toml::node& node) const {
    std::vector<Setting> out;
    if (node.is_string()) return {{string_of(key, node), origin(node.source())}};
    const toml::array* array = node.as_array();
    if (!array) fail(node.source(), fmt::format("'{}' must be a string or strings", key.str()));
    for (const toml::node& item : *array) {
      if (!item.is_string())
        fail(item.source(), fmt::format("'{}' must be a string or strings", key.str()));
      out.push_back({*item.value<std::string>(), origin(item.source())});
    }
    return out;
  }

  void read_root_option(const toml::key& key, const toml::node& node, ConfiguredRoot& root) const {
    const std::string name(key.str());
    ConfiguredOption option{{}, origin(key.source())};
    if (name == "map" && node.is_table()) { // map = { body = "story_text" }
      for (auto&& [field, value] : *node.as_table())
        option.values.push_back(fmt::format("{}={}", field.str(), string_of(field, value)));
    } else if (name == "map") {
      for (const Setting& mapping : strings_of(key, node))
        option.values.push_back(mapping.value);
    } else if (name == "max-file-size") {
      if (!node.is_number()) fail(node.source(), "'max-file-size' must be a number (megabytes)");
      option.values.push_back(fmt::format("{}", *node.value<double>()));
    } else {
      if (!node.is_boolean()) fail(node.source(), fmt::format("'{}' must be true or false", name));
      if (!*node.value<bool>()) return;
    }
    root.read_options[name] = std::move(option);
  }

  ConfiguredRoot read_root(const toml::table& table) const {
    ConfiguredRoot root;
    root.origin = origin(table.source());
    bool has_path = false;
    for (auto&& [key, node] : table) {
      const std::string name(key.str());
      if (name == "path") {
        root.path = path_of(key, node);
        has_path = true;
      } else if (name == "ignore") {
        root.ignore = strings_of(key, node);
      } else if (is_read_option(name)) {
        read_root_option(key, node, root);
      } else {
        std::string known = "path, ignore";
        for (const std::string& option : configurable_read_options())
          known += ", " + option;
        fail(key.source(), fmt::format("unknown key '{}' in [[root]] (known: {})", name, known));
      }
    }
    if (!has_path) fail(table.source(), "[[root]] without a 'path'");
    return root;
  }

  void read(const toml::table& document, ConfigFile& config) const {
    for (auto&& [key, node] : document) {
      const std::string name(key.str());
      if (name == "database") {
        config.database = path_of(key, node);
      } else if (name == "language") {
        config.language = Setting{string_of(key, node), origin(node.source())};
      } else if (name == "ignore") {
        config.ignore = strings_of(key, node);
      } else if (name == "root") {
        const toml::array* roots = node.as_array();
        if (!roots || !roots->is_array_of_tables())
          fail(node.source(), "'root' must be tables: [[root]] with a path = \"...\"");
        for (const toml::node& root : *roots)
          config.roots.push_back(read_root(*root.as_table()));
      } else {
        fail(key.source(),
             fmt::format("unknown key '{}' (known: database, language, ignore, root)", name));
      }
    }
  }

private:
  static bool is_read_option(const std::string& name) {
    for (const std::string& option : configurable_read_options())
      if (option == name) return true;
    return false;
  }

  fs::path file_;
};

} // namespace

std::optional<std::string> environment_value(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

const std::vector<std::string>& configurable_read_options() {
  static const std::vector<std::string> names = {"file-dates", "map", "max-file-size",
                                                 "no-entities"};
  return names;
}

void use_config_file(const fs::path& file) { chosen_file() = file; }

ConfigFile read_config_file(const Setting& location, bool must_exist) {
  ConfigFile config;
  config.location = location;
  if (location.value.empty()) return config;
  const fs::path file(location.value);
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    if (must_exist)
      throw_usage("{}: no such config file (given by {})", file.string(), location.origin);
    return config;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in || fs::is_directory(file, ec))
    throw_usage("{}: cannot read the config file", file.string());
  std::ostringstream text;
  text << in.rdbuf();
  config.exists = true;
  const Reader reader(file);
  try {
    const toml::table document = toml::parse(text.str(), file.string());
    reader.read(document, config);
  } catch (const toml::parse_error& e) {
    throw_usage("{}:{}: {}", file.string(), e.source().begin.line, e.description());
  }
  return config;
}

const ConfigFile& config_file() {
  static const ConfigFile config = [] {
    const auto [location, must_exist] = locate();
    return read_config_file(location, must_exist);
  }();
  return config;
}

} // namespace news
