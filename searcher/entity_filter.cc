#include "searcher/entity_filter.hh"

#include "common/ascii.hh"

#include <cctype>
#include <vector>

#include "common/country_names.hh"
#include "common/entity.hh"
#include "common/entity_aliases.hh"
#include "common/entity_lists.hh"
#include "common/international_bodies.hh"
#include "common/schema.hh"

namespace news {
namespace {

// `us` -> `United States`, `imf` -> `IMF`: the name the indexer stores.
std::string canonical(const std::string& value, EntityKind kind) {
  if (kind == EntityKind::Place) {
    for (const lists::Alias& alias : lists::place_aliases())
      if (iequals(alias.name, value)) return std::string(alias.canonical);
    // `place:allemagne`, `place:германия`: the catalogues are read on the first place: only.
    if (auto country = CountryNames::instance().find(value)) return *country;
  }
  if (kind == EntityKind::Org)
    for (const auto& table : {lists::organisations(), lists::international_bodies()})
      for (const lists::Alias& alias : table)
        if (iequals(alias.name, value)) return std::string(alias.canonical);
  return value;
}

Xapian::Query entity_query(const std::string& value, EntityKind kind);

// The user's alias (aliases.toml) as the canonical name it stands for, or the
// name as written: articles indexed before the alias was added have that.
Xapian::Query aliased_query(const std::string& value, EntityKind kind) {
  const auto aliased = EntityAliases::user().canonical(kind, value);
  if (!aliased || entity_key(*aliased) == entity_key(value)) return entity_query(value, kind);
  return Xapian::Query(Xapian::Query::OP_OR, entity_query(*aliased, kind),
                       entity_query(value, kind));
}

Xapian::Query entity_query(const std::string& value, EntityKind kind) {
  const EntityFields fields = entity_fields(kind);
  const std::string key = entity_key(canonical(value, kind));
  const std::vector<std::string> words = entity_key_words(key);
  if (words.empty()) return Xapian::Query::MatchNothing;
  const bool whole_name = value.find(' ') != std::string::npos || key != entity_key(value);
  if (whole_name) return Xapian::Query(boolean_term(fields.name, key));
  return Xapian::Query(boolean_term(fields.words, words.front()));
}

class EntityFieldProcessor : public Xapian::FieldProcessor {
public:
  explicit EntityFieldProcessor(std::vector<EntityKind> kinds) : kinds_(std::move(kinds)) {}

  Xapian::Query operator()(const std::string& value) override {
    std::vector<Xapian::Query> alternatives;
    for (EntityKind kind : kinds_)
      alternatives.push_back(aliased_query(value, kind));
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }

private:
  std::vector<EntityKind> kinds_;
};

void add(Xapian::QueryParser& parser, Field field, std::vector<EntityKind> kinds) {
  // An empty grouping makes every filter its own group: they combine with AND.
  static const std::string kOwnGroup;
  parser.add_boolean_prefix(std::string(spec(field).query_name),
                            (new EntityFieldProcessor(std::move(kinds)))->release(), &kOwnGroup);
}

} // namespace

void add_entity_filters(Xapian::QueryParser& parser) {
  for (EntityKind kind : kEntityKinds)
    add(parser, entity_fields(kind).words, {kind});
  add(parser, Field::Entity, {kEntityKinds.begin(), kEntityKinds.end()});
}

} // namespace news
