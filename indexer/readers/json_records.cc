#include "indexer/readers/json_records.hh"

#include "common/ascii.hh"
#include "common/utf8.hh"

#include <cctype>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/dateline_date.hh"
#include "indexer/readers/html_markup.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/json_depth.hh"
#include "indexer/readers/metadata_date.hh"

namespace news {
namespace {

using Json = nlohmann::json;

// Member `name` of an object, compared case-insensitively; null if absent.
const Json* member(const Json& object, std::string_view name) {
  if (!object.is_object()) return nullptr;
  if (auto it = object.find(name); it != object.end()) return &*it;
  for (auto it = object.begin(); it != object.end(); ++it)
    if (iequals(it.key(), name)) return &it.value();
  return nullptr;
}

// Follows a dotted path (`meta.outlet`).
const Json* lookup(const Json& object, std::string_view path) {
  const Json* node = &object;
  while (node != nullptr) {
    const std::size_t dot = path.find('.');
    node = member(*node, path.substr(0, dot));
    if (dot == std::string_view::npos) break;
    path.remove_prefix(dot + 1);
  }
  return node;
}

// A value as text: strings as they are, numbers written out, `{"name": ...}`
// objects by their name, lists joined by ", ".
std::string text_of(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number_unsigned()) return std::to_string(value.get<unsigned long long>());
  if (value.is_number_float()) return fmt::format("{}", value.get<double>());
  if (value.is_object()) {
    if (const Json* name = member(value, "name")) return text_of(*name);
    return {};
  }
  if (value.is_array()) {
    std::string joined;
    for (const Json& item : value) {
      std::string part = text_of(item);
      if (part.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += part;
    }
    return joined;
  }
  return {};
}

// Whether a value has text, without a copy of a string (a body of 42 MB).
bool has_text(const Json& value) {
  if (const std::string* text = value.get_ptr<const std::string*>()) return !text->empty();
  return !value.is_null() && !text_of(value).empty();
}

// The first non-empty value among a field's names.
const Json* field_value(const Json& object, const JsonFieldMap& fields, ArticleField field) {
  for (const std::string& name : fields.names(field)) {
    const Json* value = lookup(object, name);
    if (value != nullptr && has_text(*value)) return value;
  }
  return nullptr;
}

// A field's text as it is (bodies keep their line breaks).
std::string raw_field_text(const Json& object, const JsonFieldMap& fields, ArticleField field) {
  const Json* value = field_value(object, fields, field);
  return value == nullptr ? std::string{} : text_of(*value);
}

// A one-line field's text, white space collapsed.
std::string field_text(const Json& object, const JsonFieldMap& fields, ArticleField field) {
  return collapse_spaces(raw_field_text(object, fields, field));
}

// At most `longest` bytes of text, cut at a character's start, `...` where cut:
// a message stays one line whatever the input quoted in it.
std::string shortened(std::string_view text, std::size_t longest) {
  if (text.size() <= longest) return std::string(text);
  return fmt::format("{}...", text.substr(0, utf8_character_start(text, longest)));
}

// Digits, with perhaps a sign and a decimal point: meant as a number.
bool looks_like_number(std::string_view text) {
  return text.find_first_of("0123456789") != std::string_view::npos &&
         text.find_first_not_of("0123456789.-") == std::string_view::npos;
}

// The date field: a date in one of parse_date's forms, or Unix time (a
// number, or a string of digits). A value that is neither, or a nonsense
// year, leaves the article undated with a warning. False when there is no
// date field.
bool read_date(const Json& object, const JsonFieldMap& fields, Article& article,
               std::optional<unsigned> record, ParsedFile& out) {
  const Json* value = field_value(object, fields, ArticleField::Date);
  if (value == nullptr) return false;
  std::optional<Date> date;
  std::string text;
  if (value->is_number()) {
    date = date_from_unix_time(value->get<double>());
    text = value->dump();
  } else {
    text = text_of(*value);
    date = parse_date(text);
    if (!date) date = date_from_unix_time_text(text);
  }
  if (date) {
    set_metadata_date(article, date, record, out, text);
    return true;
  }
  static const std::string unix_time =
      fmt::format("a Unix time in the years {}..{}", kFirstYear, kLastYear);
  const bool numeric = value->is_number() || looks_like_number(text);
  set_metadata_date(article, date, record, out, shortened(text, 80), "date",
                    numeric ? std::string_view(unix_time) : "a date");
  return true;
}

// API bodies are often HTML fragments; plain text keeps its lines. A string
// is read where it stands, not copied.
std::string body_of(const Json& object, const JsonFieldMap& fields) {
  const Json* value = field_value(object, fields, ArticleField::Body);
  if (value == nullptr) return {};
  if (const std::string* text = value->get_ptr<const std::string*>()) {
    // Plain text, no tags nor references: nothing to decode, no copy to make.
    if (text->find('&') == std::string::npos && !looks_like_html(*text)) return tidy_body(*text);
    return tidy_body(markup_to_text(*text));
  }
  return tidy_body(markup_to_text(text_of(*value)));
}

// The article of one record; nullopt, with the reason in `out`, when it has none.
std::optional<Article> article_of(const Json& object, std::optional<unsigned> record,
                                  const JsonFieldMap& fields, ParsedFile& out) {
  if (!object.is_object()) {
    out.fail(record, fmt::format("expected a JSON object, found {}", object.type_name()));
    return std::nullopt;
  }
  Article article;
  article.record = record;
  article.id = field_text(object, fields, ArticleField::Id);
  article.title = field_text(object, fields, ArticleField::Title);
  article.body = body_of(object, fields);
  article.url = field_text(object, fields, ArticleField::Url);
  article.source = field_text(object, fields, ArticleField::Source);
  article.author = field_text(object, fields, ArticleField::Author);
  article.dateline = field_text(object, fields, ArticleField::Dateline);
  article.language = field_text(object, fields, ArticleField::Language);
  // Without a date field, the dateline's, given apart or at the head of the body.
  if (!read_date(object, fields, article, record, out)) {
    article.date = date_from_dateline(article.dateline);
    if (!article.date)
      article.date =
          date_from_dateline(std::string_view(article.body).substr(0, article.body.find('\n')));
    if (article.date) article.date_source = DateSource::Text;
  }
  if (article.title.empty() && article.body.empty()) {
    out.warn(record, fmt::format("record {}has neither title nor body; skipped",
                                 article.id.empty() ? "" : "\"" + article.id + "\" "));
    return std::nullopt;
  }
  return article;
}

// Whatever goes wrong with one record is that record's problem only. What
// the article's sink (the index) throws is not caught here.
void read_record(const Json& object, std::optional<unsigned> record, const JsonFieldMap& fields,
                 ParsedFile& out) {
  std::optional<Article> article;
  try {
    article = article_of(object, record, fields, out);
  } catch (const std::exception& e) {
    out.fail(record, fmt::format("cannot read this record: {}", e.what()));
    return;
  }
  if (article) out.emit(std::move(*article));
}

// nlohmann's messages start with "[json.exception.parse_error.101] ": keep
// the rest, within one line's length (a number overflow quotes the number).
std::string parse_error_text(const Json::exception& e) {
  std::string_view text = e.what();
  if (const std::size_t end = text.find("] "); end != std::string_view::npos)
    text.remove_prefix(end + 2);
  return shortened(text, 200);
}

// "malformed JSON" for a syntax error; a number too large for a double
// (`1e400`, 400 digits) is valid JSON that cannot be read.
std::string json_error_text(const Json::exception& e) {
  const bool syntax = dynamic_cast<const Json::parse_error*>(&e) != nullptr;
  return (syntax ? "malformed JSON: " : "cannot read JSON: ") + parse_error_text(e);
}

// Within one JSON line, "at line 1, column 55" is just "at column 55".
std::string line_error_text(const Json::exception& e) {
  std::string text = json_error_text(e);
  if (const std::size_t at = text.find("at line 1, "); at != std::string::npos)
    text.erase(at + 3, 8);
  return text;
}

} // namespace

void read_json_line(std::string_view line, unsigned line_number, const JsonFieldMap& fields,
                    ParsedFile& out) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  Json value;
  try {
    value = parse_json_bounded(line);
  } catch (const Json::exception& e) {
    out.fail(line_number, line_error_text(e));
    return;
  } catch (const JsonTooDeep& e) {
    out.fail(line_number, std::string(e.what()) + "; skipped");
    return;
  }
  read_record(value, line_number, fields, out);
}

void read_json_lines(std::string_view text, const JsonFieldMap& fields, ParsedFile& out) {
  unsigned line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    read_json_line(text.substr(start, end - start), ++line_number, fields, out);
    start = end + 1;
  }
}

void read_json_document(std::string_view text, const JsonFieldMap& fields, ParsedFile& out) {
  Json document;
  try {
    document = parse_json_bounded(text);
  } catch (const Json::exception& e) {
    out.fail(std::nullopt, json_error_text(e));
    return;
  } catch (const JsonTooDeep& e) {
    out.fail(std::nullopt, std::string(e.what()) + "; skipped");
    return;
  }
  const Json* list = &document;
  if (document.is_object()) {
    for (const char* key : {"articles", "items", "results", "data", "documents", "entries"}) {
      const Json* candidate = member(document, key);
      if (candidate != nullptr && candidate->is_array()) {
        list = candidate;
        break;
      }
    }
  }
  if (!list->is_array()) {
    read_record(*list, std::nullopt, fields, out);
    return;
  }
  unsigned position = 0;
  for (const Json& item : *list)
    read_record(item, ++position, fields, out);
}

} // namespace news
