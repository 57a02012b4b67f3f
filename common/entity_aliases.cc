#include "common/entity_aliases.hh"

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

#define TOML_EXCEPTIONS 1
#include <toml++/toml.h>

#include "common/entity_linking.hh"

namespace news {
namespace {

std::size_t index(EntityKind kind) { return static_cast<std::size_t>(kind); }

std::string where(const std::string& path, const toml::source_region& at) {
  return path + ":" + std::to_string(at.begin.line) + ":" + std::to_string(at.begin.column);
}

// A list of names (`never = [...]`, an entity's aliases): strings only.
std::vector<std::string> names(const toml::node& node, const std::string& path) {
  const toml::array* list = node.as_array();
  if (list == nullptr)
    throw std::runtime_error(where(path, node.source()) + ": not a list of names");
  std::vector<std::string> out;
  for (const toml::node& item : *list) {
    const auto* name = item.as_string();
    if (name == nullptr || name->get().empty())
      throw std::runtime_error(where(path, item.source()) + ": a name must be a non-empty string");
    out.push_back(name->get());
  }
  return out;
}

} // namespace

std::filesystem::path aliases_path() {
  if (const char* file = std::getenv("NEWS_ALIASES"); file && *file) return file;
  std::filesystem::path folder;
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config)
    folder = config;
  else if (const char* home = std::getenv("HOME"); home && *home)
    folder = std::filesystem::path(home) / ".config";
  else
    return {};
  return folder / "news-index" / "aliases.toml";
}

EntityAliases EntityAliases::parse(std::string_view text, const std::string& path) {
  toml::table table;
  try {
    table = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(where(path, e.source()) + ": " + std::string(e.description()));
  }
  EntityAliases aliases;
  for (const auto& [key, node] : table) {
    const std::string section(key.str());
    if (section == "never") {
      for (const std::string& name : names(node, path))
        aliases.never_.insert(entity_key(name));
      continue;
    }
    std::optional<EntityKind> kind;
    for (EntityKind k : kEntityKinds)
      if (to_string(k) == section) kind = k;
    const toml::table* entries = node.as_table();
    if (!kind || entries == nullptr)
      throw std::runtime_error(where(path, node.source()) + ": unknown section `" + section +
                               "` (person, org, place or never)");
    for (const auto& [name, list] : *entries) {
      const std::string canonical(name.str());
      auto& map = aliases.canonical_[index(*kind)];
      map[entity_key(canonical)] = canonical;
      for (const std::string& alias : names(list, path))
        map[entity_key(alias)] = canonical;
    }
  }
  return aliases;
}

const EntityAliases& EntityAliases::user() {
  static const EntityAliases aliases = [] {
    const std::filesystem::path path = aliases_path();
    std::error_code error;
    if (path.empty() || !std::filesystem::exists(path, error)) return EntityAliases{};
    try {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw std::runtime_error(path.string() + ": cannot be read");
      std::ostringstream text;
      text << in.rdbuf();
      return parse(text.str(), path.string());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "warning: %s; no entity aliases applied\n", e.what());
      return EntityAliases{};
    }
  }();
  return aliases;
}

std::optional<std::string> EntityAliases::canonical(EntityKind kind, std::string_view name) const {
  const auto& map = canonical_[index(kind)];
  if (map.empty()) return std::nullopt;
  const auto found = map.find(entity_key(name));
  if (found == map.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> EntityAliases::canonical_names(EntityKind kind) const {
  std::vector<std::string> names;
  std::unordered_set<std::string_view> seen;
  for (const auto& [key, canonical] : canonical_[index(kind)])
    if (seen.insert(canonical).second) names.push_back(canonical);
  return names;
}

bool EntityAliases::never(std::string_view name) const {
  return !never_.empty() && never_.contains(entity_key(name));
}

bool EntityAliases::empty() const {
  for (const auto& map : canonical_)
    if (!map.empty()) return false;
  return never_.empty();
}

void EntityAliases::apply(Entities& entities) const {
  if (empty()) return;
  for (EntityKind kind : kEntityKinds) {
    const std::vector<std::string> found = entities.of(kind);
    for (const std::string& name : found) {
      if (never(name)) {
        std::erase(entities.of(kind), name);
        entities.mentions[index(kind)].erase(name);
      } else if (auto canonical = this->canonical(kind, name); canonical && *canonical != name) {
        entities.add(kind, *canonical);
        fold_entity(entities, kind, name, kind, *canonical);
      }
    }
  }
}

} // namespace news
