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
//   org name     -           XNORG    -     boolean     an organisation's whole name
//   place name   -           XNPLACE  -     boolean     a place's whole name
//   entity       entity:     -        -     entity      any of person:, org:, place:
//   id           id:         Q        -     boolean     the article's unique id
//   path         path:       P        -     boolean     absolute path of the file it came from
//   url          url:        U        -     boolean     canonical URL
//   language     lang:       L        -     boolean     language code, e.g. `en`
//   year         year:       Y        -     boolean     `2024`
//   month        month:      M        -     boolean     `202405`
//   day          day:        D        -     boolean     `20240507`
//   date         date:       -        0     value       publication time: sortable_serialise(unix seconds)
//   hash         -           -        1     value       content hash: unchanged input is not rewritten
//   fingerprint  -           XFP      -     boolean     hash of the normalised title and body (exact copies)
//   simhash band -           XSB      -     boolean     one 16-bit band of the SimHash, 4 per article
//   story        -           -        3     value       story key shared by near-identical articles; none if alone
//   simhash      -           -        4     value       64-bit SimHash of the text, hex
// clang-format on
//
// Prefixes follow Xapian's conventions (omega's termprefixes.rst): one
// capital letter for the standard ones, `X...` for ours. Free-text terms are
// stems behind `Z` + prefix (see tokenizer.hh). Boolean terms whose value
// could exceed Xapian's term length limit are shortened by boolean_term().
// The document data holds the article's stored fields as MessagePack (see
// article_document.hh). Changing anything here means bumping kSchemaVersion.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/entity.hh"

namespace news {

/** A Xapian value slot number (Xapian::valueno; <xapian.h> is too heavy to
 *  include here, schema.cc checks the two agree). */
using ValueSlot = unsigned;

/** Bumped whenever the meaning of a prefix, slot or the data changes. */
inline constexpr int kSchemaVersion = 3;

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
};

/** How a field is searched. */
enum class FieldKind {
  FreeText, /**< words, tokenized and stemmed like the body */
  Boolean,  /**< one exact term, a filter that does not affect ranking */
  Value,    /**< a value slot only: sorting, ranges, facets */
  Entity,   /**< entity words and whole names, searched through the searcher's entity filters */
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

inline constexpr std::array<FieldSpec, 24> kFields = {{
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
    {Field::Path, "path", "P", std::nullopt, FieldKind::Boolean,
     "absolute path of the file the article came from", "path:/archive/a.txt"},
    {Field::Url, "url", "U", std::nullopt, FieldKind::Boolean, "the article's URL",
     "url:https://example.com/a"},
    {Field::Language, "lang", "L", std::nullopt, FieldKind::Boolean, "language code (ISO 639-1)",
     "lang:en"},
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
}};

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

/** Metadata key under which the schema version is stored in the database. */
inline constexpr std::string_view kSchemaVersionKey = "schema_version";

/**
 * The boolean term for a field's value, e.g. `Q/archive/a.txt`. Values too
 * long for a Xapian term (245 bytes) are cut and end in a hash of the whole
 * value, so that distinct long ids stay distinct.
 */
std::string boolean_term(Field field, std::string_view value);

namespace detail {
constexpr bool schema_is_consistent() {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    const FieldSpec& a = kFields[i];
    if (static_cast<std::size_t>(a.field) != i) return false;
    if (a.kind == FieldKind::Value && !a.slot) return false;
    if (a.kind == FieldKind::Boolean && a.prefix.empty()) return false;
    for (std::size_t j = i + 1; j < kFields.size(); ++j) {
      const FieldSpec& b = kFields[j];
      if (!a.prefix.empty() && a.prefix == b.prefix) return false;
      if (a.slot && b.slot && *a.slot == *b.slot) return false;
      if (!a.query_name.empty() && a.query_name == b.query_name) return false;
      // A prefix that starts another one would make terms ambiguous, except
      // for X-prefixes, which Xapian separates by their capital letters.
      if (!a.prefix.empty() && !b.prefix.empty() && a.prefix[0] != 'X' && b.prefix[0] != 'X' &&
          (a.prefix.starts_with(b.prefix) || b.prefix.starts_with(a.prefix)))
        return false;
    }
  }
  return true;
}
} // namespace detail

static_assert(detail::schema_is_consistent(),
              "kFields: order, prefixes, slots and query names must be unique and consistent");

} // namespace news
