// The one table of every Xapian term prefix and value slot.
//
// How an article becomes a Xapian document, field by field:
//
// clang-format off
//   field        query name  prefix   slot  kind        what is stored
//   body         (none)      ""       -     free text   title, dateline and body words
//   title        title:      S        -     free text   title words
//   source       source:     G        2     free text   publisher words; slot: exact name
//   author       author:     A        -     free text   byline words
//   person       person:     XPERSON  5     entity      each word of each person's name; slot: the names
//   org          org:        XORG     6     entity      each word of each organisation's name; slot: the names
//   place        place:      XPLACE   7     entity      each word of each place's name; slot: the names
//   person name  -           XNPERSON -     boolean     a person's whole name (person:"vladimir putin")
//   org name     -           XNORG    -     boolean     an organisation's whole name; XORG and XNORG
//                                                       without its legal form (legal_forms.hh: `Texaco Inc`
//                                                       -> XNORGtexaco; before it, XNORGtexaco inc)
//   place name   -           XNPLACE  -     boolean     a place's whole name
//   entity       entity:     -        -     entity      any of person:, org:, place:
//   id           id:         Q        -     boolean     the article's unique id
//   path         path:       P        -     path        absolute path of the file it came from
//   folder       folder:     XDIR     -     path        each folder the file is in, its path reversed
//                                                       (folder_key): `03/2024/archive/` for /archive/2024/03
//   url          url:        U        -     boolean     canonical URL
//   language     lang:       L        -     boolean     language code, e.g. `en`
//   year         year:       Y        -     boolean     `2024`
//   month        month:      M        -     boolean     `202405`
//   day          day:        D        -     boolean     `20240507`
//   date         date:       -        0     value       publication time (index_codecs.hh)
//   hash         -           -        1     value       content hash: unchanged input is not rewritten
//   fingerprint  -           XFP      -     boolean     hash of the normalised title and body (exact copies)
//   simhash band -           XSB      -     boolean     one 16-bit band of the SimHash, 4 per article
//   story        -           -        3     value       story key shared by near-identical articles; none if alone
//   simhash      -           -        4     value       64-bit SimHash of the text (encode_hash)
//   saved        saved:      -        -     saved       a saved search's query (news-search --save)
//   candidate    -           XCAND    -     boolean     a capitalised word alone that no entity took
//                                                       (`Lawson said`): the person memory's input
//   remembered   -           XMPERSON -     boolean     a candidate the person memory made a person
//                                                       (indexer/person_memory.hh)
// clang-format on
//
// Prefixes follow Xapian's conventions (omega's termprefixes.rst): one
// capital letter for the standard ones, `X...` for ours. Free-text terms are
// stems behind `Z` + prefix (kStemMarker, tokenizer.hh). Boolean terms whose value
// could exceed Xapian's term length limit are shortened by boolean_term().
// The document data holds the article's stored fields as MessagePack (see
// article_document.hh). How each value and term is spelled is in
// index_codecs.hh; the metadata keys are in kMetadata below. Changing the
// meaning of anything here is a new feature of the index (index_features.hh).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "common/entity.hh"

namespace news {

/** A Xapian value slot number (Xapian::valueno; <xapian.h> is too heavy to
 *  include here, schema.cc checks the two agree). */
using ValueSlot = unsigned;

/** Every field of the schema; the order is the order of kFields. */
enum class Field : std::size_t {
  Body,
  Title,
  Source,
  Author,
  Person,
  Org,
  Place,
  PersonName,
  OrgName,
  PlaceName,
  Entity,
  Id,
  Path,
  Folder,
  Url,
  Language,
  Year,
  Month,
  Day,
  Date,
  ContentHash,
  Fingerprint,
  SimhashBand,
  Story,
  Simhash,
  Handle,
  Saved,
  NameCandidate,
  RememberedPerson,
};

/** How a field is searched. */
enum class FieldKind {
  FreeText, /**< words, tokenized and stemmed like the body */
  Boolean,  /**< one exact term, a filter that does not affect ranking */
  Value,    /**< a value slot only: sorting, ranges, facets */
  Entity,   /**< entity words and whole names, searched through the searcher's entity filters */
  Saved,    /**< no terms: a saved search, its query expanded by the searcher (saved_filter) */
  Path,     /**< boolean terms of a file's path and its folders, searched through the searcher's
                 path filters (path_filter) */
  Language, /**< a boolean term of the language's code, searched through the searcher's
                 language filter (language_filter), which reads a language's names too */
};

/** One row of the schema table. */
struct FieldSpec {
  Field field;
  std::string_view query_name;   /**< `title` in `title:putin`; empty if not searchable */
  std::string_view prefix;       /**< Xapian term prefix; empty for body words or no terms */
  std::optional<ValueSlot> slot; /**< value slot, if the field has one */
  FieldKind kind;
  std::string_view description; /**< one line for --help and docs */
  std::string_view example;     /**< an example query using the field */
};

inline constexpr std::array<FieldSpec, 29> kFields = {{
    {Field::Body, "", "", std::nullopt, FieldKind::FreeText, "words of the title and the body",
     "putin china"},
    {Field::Title, "title", "S", std::nullopt, FieldKind::FreeText, "words of the title",
     "title:visit"},
    {Field::Source, "source", "G", 2, FieldKind::FreeText, "publisher or site name",
     "source:reuters"},
    {Field::Author, "author", "A", std::nullopt, FieldKind::FreeText, "author or byline",
     "author:smith"},
    {Field::Person, "person", "XPERSON", 5, FieldKind::Entity,
     "a person named in the article (a word of the name, or the \"whole name\")", "person:putin"},
    {Field::Org, "org", "XORG", 6, FieldKind::Entity, "an organisation named in the article",
     "org:nato"},
    {Field::Place, "place", "XPLACE", 7, FieldKind::Entity, "a place named in the article",
     "place:china"},
    {Field::PersonName, "", "XNPERSON", std::nullopt, FieldKind::Boolean,
     "a person's whole name, lowercase", ""},
    {Field::OrgName, "", "XNORG", std::nullopt, FieldKind::Boolean,
     "an organisation's whole name, lowercase", ""},
    {Field::PlaceName, "", "XNPLACE", std::nullopt, FieldKind::Boolean,
     "a place's whole name, lowercase", ""},
    {Field::Entity, "entity", "", std::nullopt, FieldKind::Entity,
     "a person, organisation or place named in the article", "entity:\"european union\""},
    {Field::Id, "id", "Q", std::nullopt, FieldKind::Boolean, "the article's unique id",
     "id:reuters-42"},
    {Field::Path, "path", "P", std::nullopt, FieldKind::Path,
     "the file the article came from, or a folder it is in", "path:/archive/2024"},
    {Field::Folder, "folder", "XDIR", std::nullopt, FieldKind::Path,
     "a folder the article's file is in, or the end of its path", "folder:2024/03"},
    {Field::Url, "url", "U", std::nullopt, FieldKind::Boolean, "the article's URL",
     "url:https://example.com/a"},
    {Field::Language, "lang", "L", std::nullopt, FieldKind::Language,
     "language, by its code (ISO 639-1) or its name", "lang:en"},
    {Field::Year, "year", "Y", std::nullopt, FieldKind::Boolean, "publication year", "year:2024"},
    {Field::Month, "month", "M", std::nullopt, FieldKind::Boolean, "publication month as YYYYMM",
     "month:202405"},
    {Field::Day, "day", "D", std::nullopt, FieldKind::Boolean, "publication day as YYYYMMDD",
     "day:20240507"},
    {Field::Date, "date", "", 0, FieldKind::Value, "publication time (UTC)",
     "date:2024-03-01..2024-05-31"},
    {Field::ContentHash, "", "", 1, FieldKind::Value,
     "hash of the stored article, to skip unchanged input", ""},
    {Field::Fingerprint, "", "XFP", std::nullopt, FieldKind::Boolean,
     "hash of the normalised title and body, shared by exact copies", ""},
    {Field::SimhashBand, "", "XSB", std::nullopt, FieldKind::Boolean,
     "a band of the SimHash, to find near-identical articles", ""},
    {Field::Story, "", "", 3, FieldKind::Value,
     "story key: near-identical articles share it; empty for an article alone", ""},
    {Field::Simhash, "", "", 4, FieldKind::Value, "64-bit SimHash of the text", ""},
    {Field::Handle, "", "XH", std::nullopt, FieldKind::Boolean,
     "hash of the id term (handle_hash), whose start is the article's short handle", ""},
    {Field::Saved, "saved", "", std::nullopt, FieldKind::Saved,
     "a search saved with --save (news-search --saved lists them)", "saved:opec"},
    {Field::NameCandidate, "", "XCAND", std::nullopt, FieldKind::Boolean,
     "a capitalised word alone that no entity took, lowercase (the person memory's input)", ""},
    {Field::RememberedPerson, "", "XMPERSON", std::nullopt, FieldKind::Boolean,
     "a candidate word the person memory made a person", ""},
}};

/**
 * The start of every stem term: a free-text word whose stem differs from it
 * is indexed as `Z` + the field's prefix + the stem too (`visits` also as
 * `Zvisit`, `ZSvisit`; common/tokenizer.hh). Terms are spelled and read by
 * the codecs in index_codecs.hh.
 */
inline constexpr char kStemMarker = 'Z';

/** The table row of a field. */
constexpr const FieldSpec& spec(Field field) { return kFields[static_cast<std::size_t>(field)]; }
constexpr std::string_view prefix_of(Field field) { return spec(field).prefix; }
constexpr ValueSlot slot_of(Field field) { return *spec(field).slot; }

/** The word-terms field, the whole-name field and the facet slot of an entity kind. */
struct EntityFields {
  Field words, name;
};
constexpr EntityFields entity_fields(EntityKind kind) {
  switch (kind) {
  case EntityKind::Person:
    return {Field::Person, Field::PersonName};
  case EntityKind::Org:
    return {Field::Org, Field::OrgName};
  case EntityKind::Place:
    break;
  }
  return {Field::Place, Field::PlaceName};
}

/**
 * The boolean term for a field's value, e.g. `Q/archive/a.txt`. Values too
 * long for a Xapian term (245 bytes) are cut and end in a hash of the whole
 * value, so that distinct long ids stay distinct.
 */
std::string boolean_term(Field field, std::string_view value);

/**
 * What is wrong with a schema table, or empty when nothing is: rows in the
 * order of Field, unique prefixes, slots and query names, a slot for every
 * value field, a prefix for every boolean one, no prefix starting another
 * (but for `X...` prefixes, which Xapian separates by their capitals) and
 * none starting with the stem marker, which would make its terms look like
 * stems.
 */
constexpr std::string_view schema_problem(std::span<const FieldSpec> table) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    const FieldSpec& a = table[i];
    if (static_cast<std::size_t>(a.field) != i) return "a row is out of the order of Field";
    if (a.kind == FieldKind::Value && !a.slot) return "a value field has no slot";
    if ((a.kind == FieldKind::Boolean || a.kind == FieldKind::Path ||
         a.kind == FieldKind::Language) &&
        a.prefix.empty())
      return "a boolean field has no prefix";
    if (a.prefix.starts_with(kStemMarker)) return "a prefix starts with the stem marker";
    for (std::size_t j = i + 1; j < table.size(); ++j) {
      const FieldSpec& b = table[j];
      if (!a.prefix.empty() && a.prefix == b.prefix) return "two fields have the same prefix";
      if (a.slot && b.slot && *a.slot == *b.slot) return "two fields have the same slot";
      if (!a.query_name.empty() && a.query_name == b.query_name)
        return "two fields have the same query name";
      if (!a.prefix.empty() && !b.prefix.empty() && a.prefix[0] != 'X' && b.prefix[0] != 'X' &&
          (a.prefix.starts_with(b.prefix) || b.prefix.starts_with(a.prefix)))
        return "a prefix starts another one";
    }
  }
  return {};
}

static_assert(schema_problem(kFields).empty(),
              "kFields: order, prefixes, slots and query names must be unique and consistent");

// clang-format off
/**
 * Every key of the database's metadata (Xapian's user metadata, committed
 * with the documents):
 *
 *   key              written by                 holds
 *   schema_version   common/index_features      kSchemaVersion (`5`; `4` before Unicode words, `3` before languages); see index_features.hh
 *   features         common/index_features      the features the index has (index_features.hh)
 *   roots            indexer/file_registry      JSON: the folders and files given to add, for sync
 *   file:PATH        indexer/file_registry      JSON: one input file as last indexed (`file:#HASH`
 *                                               for a long path)
 *   saved:NAME       searcher/saved_searches    JSON: a saved search (query, any, since, until)
 *   watched:NAME     searcher/watch_state       JSON: where `watch NAME` last stopped (last_seen: a docid)
 *   stories_pending  indexer/sharded_index      `1` in a sharded index's registry while the shards
 *                                               hold changes their stories are not regrouped for
 */
// clang-format on

/**
 * The schema version: 3 had English stems only; 4 stems each article in its
 * language (index_features.hh: the feature `language-stems`); 5 normalises
 * and case folds words with ICU (`unicode-words`). An index of an older
 * version is refused with the way to rebuild it (`news-index rebuild`).
 */
inline constexpr int kSchemaVersion = 5;

enum class Metadata : std::size_t {
  SchemaVersion,
  Features,
  Roots,
  File,
  Saved,
  Watched,
  StoriesPending
};

/** One row of the metadata table. */
struct MetadataSpec {
  Metadata metadata;
  std::string_view key; /**< the key, or the start of each key of a family */
  bool family;          /**< many keys: `key` followed by each one's name */
};

inline constexpr std::array<MetadataSpec, 7> kMetadata = {{
    {Metadata::SchemaVersion, "schema_version", false},
    {Metadata::Features, "features", false},
    {Metadata::Roots, "roots", false},
    {Metadata::File, "file:", true},
    {Metadata::Saved, "saved:", true},
    {Metadata::Watched, "watched:", true},
    {Metadata::StoriesPending, "stories_pending", false},
}};

constexpr std::string_view metadata_key(Metadata metadata) {
  return kMetadata[static_cast<std::size_t>(metadata)].key;
}

/**
 * What is wrong with a metadata table, or empty: rows in the order of
 * Metadata, keys not empty and unique, and no key starting with a family's
 * (the family's keys are listed by that start: another key there would be
 * taken for one of them).
 */
constexpr std::string_view metadata_problem(std::span<const MetadataSpec> table) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    const MetadataSpec& a = table[i];
    if (static_cast<std::size_t>(a.metadata) != i) return "a row is out of the order of Metadata";
    if (a.key.empty()) return "a key is empty";
    for (std::size_t j = 0; j < table.size(); ++j) {
      const MetadataSpec& b = table[j];
      if (i == j) continue;
      if (a.key == b.key) return "two rows have the same key";
      if (b.family && a.key.starts_with(b.key)) return "a key starts with a family's key";
    }
  }
  return {};
}

static_assert(metadata_problem(kMetadata).empty(),
              "kMetadata: keys must be unique and none may start with a family's key");

} // namespace news
