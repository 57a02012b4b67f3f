// The user's aliases for entities (aliases.toml): more names for an entity,
// and names that are never an entity. Applied to every article's entities at
// index time and to `person:`, `org:`, `place:` at query time.
//
//   [person]
//   "Mikhail Gorbachev" = ["Gorby", "Gorbachov"]
//   [org]
//   "International Tin Council" = ["Tin Council"]
//   never = ["Newsroom", "Reuters Desk"]   # top level: of no kind
//
// It lives in $XDG_CONFIG_HOME/news-index/aliases.toml (else
// ~/.config/news-index/aliases.toml); $NEWS_ALIASES names another file.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/entity.hh"

namespace news {

class EntityAliases {
public:
  /** Reads aliases.toml text; throws std::runtime_error "PATH:LINE:COLUMN: problem". */
  static EntityAliases parse(std::string_view toml, const std::string& path);
  /** The user's file, read once; none when it is absent. A file that cannot be read or
   *  parsed is reported once on stderr and none are applied. */
  static const EntityAliases& user();

  /** The canonical name an alias of that kind stands for, or nullopt. */
  std::optional<std::string> canonical(EntityKind kind, std::string_view name) const;
  /** The canonical names of that kind (`Mikhail Gorbachev`). */
  std::vector<std::string> canonical_names(EntityKind kind) const;
  /** Whether the name is never an entity. */
  bool never(std::string_view name) const;
  /** Renames aliases to their canonical names (merging) and drops the never-names. */
  void apply(Entities& entities) const;
  bool empty() const;

private:
  std::array<std::unordered_map<std::string, std::string>, 3> canonical_; // by entity_key
  std::unordered_set<std::string> never_;
};

/** Where the user's aliases.toml is (it need not exist). */
std::filesystem::path aliases_path();

} // namespace news
