#include "common/article_document.hh"

#include <fmt/core.h>

#include "common/index_codecs.hh"
#include "common/legal_forms.hh"
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

// Words of a free-text field, exact forms and the stems that differ
// (tokenizer.hh); the unprefixed ones (what a plain query searches) feed the
// spelling data.
void index_free_text(Xapian::TermGenerator& generator, Field field, const std::string& text,
                     SpellingWords* spelling, Xapian::termcount weight = 1) {
  if (text.empty()) return;
  const std::string_view prefix = prefix_of(field);
  generator.index_text(prepare_text(text), weight, std::string(prefix));
  generator.increase_termpos(kFieldGap);
  if (spelling != nullptr && prefix.empty()) spelling->count(spelling_text(text));
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
// in the kind's value slot (read by the searcher's facet counts); a term for
// each word alone no name took (the person memory's candidates).
void add_entities(Xapian::Document& document, const Entities& entities) {
  for (EntityKind kind : kEntityKinds) {
    const EntityFields fields = entity_fields(kind);
    for (const std::string& name : entities.of(kind)) {
      const std::string key = entity_key(kind, name); // an organisation's without `Inc`
      add_boolean(document, fields.name, key);
      for (const std::string& word : entity_key_words(key))
        add_boolean(document, fields.words, word);
    }
    const std::string names = encode_entity_list(entities.of(kind));
    if (!names.empty()) document.add_value(slot_of(fields.words), names);
  }
  for (const std::string& candidate : entities.candidates)
    add_boolean(document, Field::NameCandidate, candidate);
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

} // namespace

Xapian::Document to_document(const Article& article, Xapian::TermGenerator& generator,
                             SpellingWords* spelling) {
  return to_document(article, encode_stored_data(article), generator, spelling);
}

Xapian::Document to_document(const Article& article, const StoredData& stored,
                             Xapian::TermGenerator& generator, SpellingWords* spelling) {
  Xapian::Document document;
  generator.set_document(document);
  generator.set_termpos(0);
  set_indexing_language(generator, article.language);

  // Title words are searchable alone (title:) and as ordinary words.
  index_free_text(generator, Field::Title, article.title, nullptr);
  index_free_text(generator, Field::Body, article.title, spelling, kTitleWeight);
  index_free_text(generator, Field::Body, article.dateline, spelling);
  index_free_text(generator, Field::Body, article.body, spelling);
  index_free_text(generator, Field::Source, article.source, nullptr);
  index_free_text(generator, Field::Author, article.author, nullptr);

  add_boolean(document, Field::Id, article.id);
  add_boolean(document, Field::Handle, handle_hash(boolean_term(Field::Id, article.id)));
  add_boolean(document, Field::Path, article.path);
  for (const std::string& key : folder_keys(article.path))
    add_boolean(document, Field::Folder, key);
  add_boolean(document, Field::Url, article.url);
  add_boolean(document, Field::Language, article.language);
  if (article.date) add_date(document, *article.date);
  if (!article.source.empty()) document.add_value(slot_of(Field::Source), article.source);

  add_entities(document, article.entities);
  add_near_duplicate_signatures(document, article);
  document.add_value(slot_of(Field::ContentHash), stored.content_hash);
  document.set_data(stored.bytes);
  return document;
}

Article article_from_document(const Xapian::Document& document) {
  return decode_stored_data(document.get_data());
}

std::string id_term_of(const Xapian::Document& document) {
  const std::string prefix(prefix_of(Field::Id));
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(prefix);
  if (it == document.termlist_end() || !(*it).starts_with(prefix)) return {};
  return *it;
}

} // namespace news
