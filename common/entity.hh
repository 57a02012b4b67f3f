// Named entities of an article: the people, organisations and places it
// names, each under one canonical name.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace news {

enum class EntityKind { Person, Org, Place };

inline constexpr std::array<EntityKind, 3> kEntityKinds = {EntityKind::Person, EntityKind::Org,
                                                           EntityKind::Place};

/** `person`, `org` or `place`: the query prefix and the JSON key. */
std::string_view to_string(EntityKind kind);

/** The distinct canonical names of each kind, in order of first mention. */
struct Entities {
  std::vector<std::string> person;
  std::vector<std::string> org;
  std::vector<std::string> place;

  std::vector<std::string>& of(EntityKind kind);
  const std::vector<std::string>& of(EntityKind kind) const;
  /** The words in the text behind each name, when they differ from it
   *  (`United States` <- `U.S.`, `Russia` <- `Russian`); shown by inspect, not stored. */
  std::array<std::map<std::string, std::vector<std::string>>, 3> mentions;
  /** Capitalised words alone that no name took, as keys (common/name_candidates.hh): indexed
   *  for the person memory (indexer/person_memory.hh), not stored. */
  std::vector<std::string> candidates;

  /** An article names at most this many of each kind; later ones are left out. A
   *  body of thousands of names is a list, and each name is compared with those before it. */
  static constexpr std::size_t kMaxNames = 1000;

  bool empty() const { return person.empty() && org.empty() && place.empty(); }
  /** Adds a name once, up to kMaxNames; `mention` is the text it was found as, if different. */
  void add(EntityKind kind, const std::string& name, std::string_view mention = {});
};

/** How a name is indexed and searched: in Latin letters (transliteration.hh), lowercase,
 *  accents folded (`Zürich` -> `zurich`, `Путин` -> `putin`); the indexer and the query side
 *  both use it. */
std::string entity_key(std::string_view name);

/** The words of a key, split at spaces and punctuation (`u.s. army` -> `u`, `s`, `army`;
 * WordRule::Bytes). */
std::vector<std::string> entity_key_words(std::string_view key);

} // namespace news
