#include "common/article_document.hh"

#include <limits>

#include <nlohmann/json.hpp>

#include "common/index_codecs.hh"
#include "common/msgpack_reader.hh"
#include "common/near_duplicate.hh"
#include "common/schema.hh"
#include "common/spelling_words.hh"
#include "common/tokenizer.hh"

namespace news {
namespace {

// Title words count this many times as much as body words for relevance.
constexpr Xapian::termcount kTitleWeight = 3;
// Gap between fields, so that a phrase never matches across two of them.
constexpr Xapian::termpos kFieldGap = 100;

// Words of unprefixed fields (what a plain query searches) feed the spelling data.
void index_free_text(Xapian::TermGenerator& generator, Field field, const std::string& text,
                     SpellingWords* spelling, Xapian::termcount weight = 1) {
  if (text.empty()) return;
  const std::string prepared = prepare_text(text);
  const std::string_view prefix = prefix_of(field);
  generator.index_text(prepared, weight, std::string(prefix));
  generator.increase_termpos(kFieldGap);
  if (spelling != nullptr && prefix.empty()) spelling->count(prepared);
}

void add_boolean(Xapian::Document& document, Field field, const std::string& value) {
  if (!value.empty()) document.add_boolean_term(boolean_term(field, value));
}

void add_date(Xapian::Document& document, Date date) {
  document.add_value(slot_of(Field::Date), encode_date_value(date));
  const CivilDay day = civil_day(date);
  document.add_boolean_term(year_term(day.year));
  document.add_boolean_term(month_term(day.year, day.month));
  document.add_boolean_term(day_term(day.year, day.month, day.day));
}

// For each name: its whole-name term, a term per word, and the list of names
// in the kind's value slot (read by the searcher's facet counts).
void add_entities(Xapian::Document& document, const Entities& entities) {
  for (EntityKind kind : kEntityKinds) {
    const EntityFields fields = entity_fields(kind);
    for (const std::string& name : entities.of(kind)) {
      const std::string key = entity_key(name);
      add_boolean(document, fields.name, key);
      for (const std::string& word : entity_key_words(key))
        add_boolean(document, fields.words, word);
    }
    const std::string names = encode_entity_list(entities.of(kind));
    if (!names.empty()) document.add_value(slot_of(fields.words), names);
  }
}

// Exact fingerprint and SimHash (see near_duplicate.hh); the story key is
// given by the writer, which can look for earlier copies.
void add_near_duplicate_signatures(Xapian::Document& document, const Article& article) {
  add_boolean(document, Field::Fingerprint, text_fingerprint(article.title, article.body));
  if (const std::optional<std::uint64_t> signature = simhash(article.body)) {
    document.add_value(slot_of(Field::Simhash), encode_hash(*signature));
    for (const std::string& band : simhash_bands(*signature))
      add_boolean(document, Field::SimhashBand, band);
  }
}

// The string field of an article stored under `key`, if it is one.
std::string* string_field(Article& a, std::string_view key) {
  static constexpr std::pair<std::string_view, std::string Article::*> kStrings[] = {
      {"id", &Article::id},
      {"title", &Article::title},
      {"body", &Article::body},
      {"source", &Article::source},
      {"url", &Article::url},
      {"author", &Article::author},
      {"dateline", &Article::dateline},
      {"language", &Article::language},
      {"path", &Article::path},
      {"format", &Article::format},
  };
  for (const auto& [name, member] : kStrings)
    if (key == name) return &(a.*member);
  return nullptr;
}

// `{"person": [names...], "org": [...], "place": [...]}`; other kinds and
// values that are not strings are left out.
void read_entities(MsgpackReader& reader, Entities& entities) {
  const std::optional<std::size_t> kinds = reader.read_map();
  for (std::size_t i = 0; kinds && i < *kinds && !reader.failed(); ++i) {
    const std::optional<std::string_view> name = reader.read_string();
    const EntityKind* kind = nullptr;
    for (const EntityKind& k : kEntityKinds)
      if (name && *name == to_string(k)) kind = &k;
    if (!kind) {
      reader.skip();
      continue;
    }
    const std::optional<std::size_t> names = reader.read_array();
    for (std::size_t j = 0; names && j < *names && !reader.failed(); ++j)
      if (const std::optional<std::string_view> entity = reader.read_string())
        entities.add(*kind, std::string(*entity));
  }
}

} // namespace

std::string stored_data(const Article& a) {
  nlohmann::json json = {
      {"id", a.id},     {"title", a.title},   {"body", a.body},         {"source", a.source},
      {"url", a.url},   {"author", a.author}, {"dateline", a.dateline}, {"language", a.language},
      {"path", a.path}, {"format", a.format}};
  if (a.date) {
    json["date"] = a.date->unix_seconds();
    json["date_source"] = to_string(a.date_source);
  }
  if (a.record) json["record"] = *a.record;
  if (!a.entities.empty()) {
    for (EntityKind kind : kEntityKinds)
      json["entities"][std::string(to_string(kind))] = a.entities.of(kind);
  }
  // MessagePack: the same fields as JSON, but read back several times faster,
  // which a search pays for every hit it shows.
  const std::vector<std::uint8_t> packed = nlohmann::json::to_msgpack(json);
  return std::string(packed.begin(), packed.end());
}

Xapian::Document to_document(const Article& article, Xapian::TermGenerator& generator,
                             SpellingWords* spelling) {
  Xapian::Document document;
  generator.set_document(document);
  generator.set_termpos(0);

  // Title words are searchable alone (title:) and as ordinary words.
  index_free_text(generator, Field::Title, article.title, nullptr);
  index_free_text(generator, Field::Body, article.title, spelling, kTitleWeight);
  index_free_text(generator, Field::Body, article.dateline, spelling);
  index_free_text(generator, Field::Body, article.body, spelling);
  index_free_text(generator, Field::Source, article.source, nullptr);
  index_free_text(generator, Field::Author, article.author, nullptr);

  add_boolean(document, Field::Id, article.id);
  add_boolean(document, Field::Path, article.path);
  add_boolean(document, Field::Url, article.url);
  add_boolean(document, Field::Language, article.language);
  if (article.date) add_date(document, *article.date);
  if (!article.source.empty()) document.add_value(slot_of(Field::Source), article.source);

  add_entities(document, article.entities);
  add_near_duplicate_signatures(document, article);
  document.add_value(slot_of(Field::ContentHash), content_hash(article));
  document.set_data(stored_data(article));
  return document;
}

std::string content_hash(const Article& article) {
  Article content = article;
  content.path.clear();
  content.record.reset();
  content.format.clear();
  const std::string data = stored_data(content);
  return hash_of(data);
}

Article article_from_document(const Xapian::Document& document) {
  Article a;
  const std::string data = document.get_data();
  MsgpackReader reader(data);
  const std::optional<std::size_t> fields = reader.read_map();
  for (std::size_t i = 0; fields && i < *fields && !reader.failed(); ++i) {
    const std::optional<std::string_view> key = reader.read_string();
    if (!key) {
      reader.skip();
    } else if (*key == "date") {
      if (const std::optional<std::int64_t> seconds = reader.read_int())
        a.date = Date::from_unix_seconds(*seconds);
    } else if (*key == "date_source") {
      const std::optional<std::string_view> name = reader.read_string();
      a.date_source = date_source_from_string(name.value_or(""));
    } else if (*key == "record") {
      const std::optional<std::uint64_t> record = reader.read_uint();
      if (record && *record <= std::numeric_limits<unsigned>::max())
        a.record = static_cast<unsigned>(*record);
    } else if (*key == "entities") {
      read_entities(reader, a.entities);
    } else if (std::string* field = string_field(a, *key)) {
      if (const std::optional<std::string_view> value = reader.read_string()) *field = *value;
    } else {
      reader.skip(); // a field of a later version
    }
  }
  // Stored data that is not whole is not half-shown.
  if (!fields || reader.failed() || !reader.at_end()) return Article{};
  if (!a.date) a.date_source = DateSource::None;
  return a;
}

} // namespace news
