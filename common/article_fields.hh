// The one table of an article's fields: what each is called in the stored
// data, in JSON, in CSV, in a plain-text file's header and in --map, and
// which outputs show it in which order.
//
// clang-format off
//   field        name         value        provenance  header  --map
//   id           id           bytes        -           -       yes
//   title        title        text         -           yes     yes
//   body         body         text         -           -       yes
//   date         date         date         -           yes     yes
//   url          url          text         -           yes     yes
//   source       source       text         -           yes     yes
//   author       author       text         -           yes     yes
//   dateline     dateline     text         -           -       yes
//   language     language     text         -           yes     yes
//   date source  date_source  date source  -           -       -
//   entities     entities     entities     -           -       -
//   path         path         bytes        yes         -       -
//   record       record       record       yes         -       -
//   format       format       text         yes         -       -
// clang-format on
//
// The name is the key everywhere: in the stored data (MessagePack, keys in
// byte order, see stored_data.hh), in JSON and in CSV headers, in --map and
// (any case) in a header line. Every field is stored. Provenance says where
// the article was read from, not what it says: it is left out of the
// content hash. Ids and paths are bytes (a file name need not be UTF-8):
// shown escaped everywhere (byte_escape.hh).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "common/article.hh"

namespace news {

/** Every field of an Article; the order is the order of kArticleFields. */
enum class ArticleField : std::size_t {
  Id,
  Title,
  Body,
  Date,
  Url,
  Source,
  Author,
  Dateline,
  Language,
  DateSource,
  Entities,
  Path,
  Record,
  Format,
};

/** What a field's value is, which says how it is stored and shown. */
enum class FieldValue {
  Text,       /**< a string; JSON null when empty, unless always_string */
  Bytes,      /**< a string of bytes, shown escaped (escape_bytes) */
  Date,       /**< stored as unix seconds, shown as ISO 8601; none when undated */
  DateSource, /**< `metadata`, `text`...; none when undated */
  Record,     /**< a 1-based number; none when the file has one article */
  Entities,   /**< `{"person": [...], "org": [...], "place": [...]}`; stored unless empty */
};

/** One row of the article's field table. */
struct ArticleFieldSpec {
  ArticleField field;
  std::string_view name; /**< key in stored data, JSON, CSV, --map and headers */
  FieldValue value;
  std::string Article::*text; /**< the member of a Text or Bytes field, else nullptr */
  bool provenance;            /**< where it was read from: not part of the content hash */
  bool header;                /**< a plain-text file's header may set it (`Title: ...`) */
  bool mappable;              /**< --map FIELD=NAME names the JSON member it is read from */
  bool always_string;         /**< a string in JSON even when empty (never null) */
};

inline constexpr std::array<ArticleFieldSpec, 14> kArticleFields = {{
    {ArticleField::Id, "id", FieldValue::Bytes, &Article::id, false, false, true, true},
    {ArticleField::Title, "title", FieldValue::Text, &Article::title, false, true, true, false},
    {ArticleField::Body, "body", FieldValue::Text, &Article::body, false, false, true, true},
    {ArticleField::Date, "date", FieldValue::Date, nullptr, false, true, true, false},
    {ArticleField::Url, "url", FieldValue::Text, &Article::url, false, true, true, false},
    {ArticleField::Source, "source", FieldValue::Text, &Article::source, false, true, true, false},
    {ArticleField::Author, "author", FieldValue::Text, &Article::author, false, true, true, false},
    {ArticleField::Dateline, "dateline", FieldValue::Text, &Article::dateline, false, false, true,
     false},
    {ArticleField::Language, "language", FieldValue::Text, &Article::language, false, true, true,
     false},
    {ArticleField::DateSource, "date_source", FieldValue::DateSource, nullptr, false, false, false,
     false},
    {ArticleField::Entities, "entities", FieldValue::Entities, nullptr, false, false, false, false},
    {ArticleField::Path, "path", FieldValue::Bytes, &Article::path, true, false, false, false},
    {ArticleField::Record, "record", FieldValue::Record, nullptr, true, false, false, false},
    {ArticleField::Format, "format", FieldValue::Text, &Article::format, true, false, false, true},
}};

/** The table row of a field. */
constexpr const ArticleFieldSpec& spec(ArticleField field) {
  return kArticleFields[static_cast<std::size_t>(field)];
}

// What each output shows, in its order (the search's text is not a list of
// fields: see searcher/output_text.cc).
/** `news-index inspect`: every field; its JSON in this order, its text too (provenance first). */
inline constexpr std::array kInspectFields = {
    ArticleField::Path,   ArticleField::Record,  ArticleField::Format,     ArticleField::Id,
    ArticleField::Title,  ArticleField::Date,    ArticleField::DateSource, ArticleField::Author,
    ArticleField::Source, ArticleField::Url,     ArticleField::Language,   ArticleField::Dateline,
    ArticleField::Body,   ArticleField::Entities};
/** A search hit in JSON: its rank, these, its score, similar and snippet, then entities. */
inline constexpr std::array kHitFields = {
    ArticleField::Id,         ArticleField::Title,  ArticleField::Date,
    ArticleField::DateSource, ArticleField::Source, ArticleField::Author,
    ArticleField::Path,       ArticleField::Record, ArticleField::Url};
/** One whole article as the server shows it (`/api/articles/ID`): the hit's fields, then the rest.
 */
inline constexpr std::array kArticleViewFields = {
    ArticleField::Id,       ArticleField::Title,    ArticleField::Date,   ArticleField::DateSource,
    ArticleField::Source,   ArticleField::Author,   ArticleField::Path,   ArticleField::Record,
    ArticleField::Url,      ArticleField::Language, ArticleField::Format, ArticleField::Dateline,
    ArticleField::Entities, ArticleField::Body};
/** Each other copy of that article's story, in the same JSON. */
inline constexpr std::array kStoryCopyFields = {ArticleField::Id, ArticleField::Title,
                                                ArticleField::Date, ArticleField::Source,
                                                ArticleField::Url};
/** The columns of `news-search --format csv`. */
inline constexpr std::array kCsvColumns = {ArticleField::Id,    ArticleField::Date,
                                           ArticleField::Title, ArticleField::Source,
                                           ArticleField::Url,   ArticleField::Path};

/** The field called `name` for which `allowed(spec)` holds, or nullptr. */
template <typename Allowed>
const ArticleFieldSpec* find_field(std::string_view name, Allowed allowed) {
  for (const ArticleFieldSpec& s : kArticleFields)
    if (s.name == name && allowed(s)) return &s;
  return nullptr;
}
/** The field called `name`, or nullptr. */
inline const ArticleFieldSpec* find_field(std::string_view name) {
  return find_field(name, [](const ArticleFieldSpec&) { return true; });
}

/** The names of the fields --map can name, in table order: `id, title, body, ...`. */
std::string mappable_field_names();

/**
 * A field as one line of text (CSV, inspect): the string, escaped when
 * bytes; the date in ISO 8601; empty when the field has no value.
 * Entities have no one-line form and give "".
 */
std::string field_text(const Article& article, ArticleField field);

/**
 * Where the article was read from, in one line: its path (escaped), and
 * `:record` for a record of a file of many (a JSON Lines file's line).
 */
std::string place_in_file(const Article& article);

namespace detail {
constexpr bool article_fields_are_consistent() {
  for (std::size_t i = 0; i < kArticleFields.size(); ++i) {
    const ArticleFieldSpec& a = kArticleFields[i];
    if (static_cast<std::size_t>(a.field) != i) return false;
    const bool is_string = a.value == FieldValue::Text || a.value == FieldValue::Bytes;
    if (is_string != (a.text != nullptr)) return false;
    if (a.header && !a.text && a.field != ArticleField::Date) return false; // plain_text.cc
    for (std::size_t j = i + 1; j < kArticleFields.size(); ++j)
      if (a.name == kArticleFields[j].name) return false;
  }
  return true;
}
} // namespace detail

static_assert(detail::article_fields_are_consistent(),
              "kArticleFields: in enum order, unique names, a member for each string field, "
              "headers only for strings and the date");

} // namespace news
