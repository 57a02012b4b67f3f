#include "searcher/entity_filter.hh"

#include "common/ascii.hh"

#include <cctype>
#include <vector>

#include "common/city_names.hh"
#include "common/cjk_entities.hh"
#include "common/country_names.hh"
#include "common/entity.hh"
#include "common/entity_aliases.hh"
#include "common/entity_lists.hh"
#include "common/gazetteer.hh"
#include "common/international_bodies.hh"
#include "common/legal_forms.hh"
#include "common/names_across_scripts.hh"
#include "common/schema.hh"
#include "common/script_text.hh"
#include "searcher/match_queries.hh"

namespace news {
namespace {

// `us` -> `United States`, `imf` -> `IMF`: the name the indexer stores.
std::string canonical(const std::string& value, EntityKind kind) {
  if (kind == EntityKind::Place) {
    for (const lists::Alias& alias : lists::place_aliases())
      if (iequals(alias.name, value)) return std::string(alias.canonical);
    // `place:allemagne`, `place:германия`: the catalogues are read on the first place: only.
    if (auto country = CountryNames::instance().find(value)) return *country;
    if (auto place = cjk_place(value)) return *place;                // `place:東京`
    if (auto city = CityNames::instance().find(value)) return *city; // `place:москва`
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

Xapian::Query name_query(const std::string& value, EntityKind kind) {
  const EntityFields fields = entity_fields(kind);
  const std::string name = canonical(value, kind);
  const std::string key = entity_key(kind, name); // org:"texaco inc": `texaco`
  const std::vector<std::string> words = entity_key_words(key);
  if (words.empty()) return match_nothing();
  const bool whole_name = value.find(' ') != std::string::npos || key != entity_key(value);
  if (!whole_name) return Xapian::Query(boolean_term(fields.words, words.front()));
  const Xapian::Query whole(boolean_term(fields.name, key));
  // An index written before organisations were keyed without their legal form has the full key.
  if (const std::string full = entity_key(name); full != key)
    return Xapian::Query(Xapian::Query::OP_OR, whole,
                         Xapian::Query(boolean_term(fields.name, full)));
  return whole;
}

// A person or organisation in Cyrillic is looked for as the indexer names it: in Latin
// letters, in the nominative (`person:путина` finds `Путин`), query_name_forms.
// A Chinese or Japanese name is one word of several syllables' terms (弗拉基米尔·普京 is
// `fu la ji mi er pu jing`): `person:普京` is each of its syllables in the article's people.
Xapian::Query cjk_name_query(const std::string& value, EntityKind kind) {
  std::vector<Xapian::Query> words;
  for (const std::string& word : entity_key_words(entity_key(value)))
    words.emplace_back(boolean_term(entity_fields(kind).words, word));
  if (words.empty()) return match_nothing();
  return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
}

Xapian::Query entity_query(const std::string& value, EntityKind kind) {
  if (kind == EntityKind::Place || !has_non_latin_letters(value)) return name_query(value, kind);
  if (has_cjk(value) && value.find(' ') == std::string::npos) return cjk_name_query(value, kind);
  std::vector<Xapian::Query> forms;
  for (const std::string& form : query_name_forms(value, Gazetteer::instance()))
    forms.push_back(name_query(form, kind));
  return Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
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
