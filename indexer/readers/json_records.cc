#include "indexer/readers/json_records.hh"

#include "common/ascii.hh"

#include <cctype>
#include <cmath>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/json_depth.hh"

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

// The first non-empty value among a field's names.
const Json* field_value(const Json& object, const JsonFieldMap& fields, ArticleField field) {
  for (const std::string& name : fields.names(field)) {
    const Json* value = lookup(object, name);
    if (value != nullptr && !value->is_null() && !text_of(*value).empty()) return value;
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

// Unix time in seconds, or in milliseconds when too large to be seconds.
Date date_from_number(double number) {
  if (std::fabs(number) > 1e11) number /= 1000;
  return Date::from_unix_seconds(static_cast<long long>(number));
}

void read_date(const Json& object, const JsonFieldMap& fields, Article& article,
               std::optional<unsigned> record, ParsedFile& out) {
  const Json* value = field_value(object, fields, ArticleField::Date);
  if (value == nullptr) return;
  std::optional<Date> date;
  if (value->is_number()) {
    date = date_from_number(value->get<double>());
  } else {
    const std::string text = text_of(*value);
    date = parse_date(text);
    if (!date && !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos)
      date = date_from_number(std::stod(text));
    if (!date)
      out.warn(record, fmt::format("date \"{}\" is not a date; indexed without date", text));
  }
  if (date) {
    article.date = date;
    article.date_source = DateSource::Metadata;
  }
}

// API bodies are often HTML fragments; plain text is left alone.
std::string body_from(std::string text) {
  if (looks_like_html(text)) text = html_fragment_to_text(text);
  return tidy_body(text);
}

void read_record(const Json& object, std::optional<unsigned> record, const JsonFieldMap& fields,
                 ParsedFile& out) {
  if (!object.is_object()) {
    out.fail(record, fmt::format("expected a JSON object, found {}", object.type_name()));
    return;
  }
  Article article;
  article.record = record;
  article.id = field_text(object, fields, ArticleField::Id);
  article.title = field_text(object, fields, ArticleField::Title);
  article.body = body_from(raw_field_text(object, fields, ArticleField::Body));
  article.url = field_text(object, fields, ArticleField::Url);
  article.source = field_text(object, fields, ArticleField::Source);
  article.author = field_text(object, fields, ArticleField::Author);
  article.dateline = field_text(object, fields, ArticleField::Dateline);
  article.language = field_text(object, fields, ArticleField::Language);
  read_date(object, fields, article, record, out);
  if (article.title.empty() && article.body.empty()) {
    out.warn(record, fmt::format("record {}has neither title nor body; skipped",
                                 article.id.empty() ? "" : "\"" + article.id + "\" "));
    return;
  }
  out.emit(std::move(article));
}

// nlohmann's messages start with "[json.exception.parse_error.101] ": keep the rest.
std::string parse_error_text(const Json::parse_error& e) {
  std::string_view text = e.what();
  if (const std::size_t end = text.find("] "); end != std::string_view::npos)
    text.remove_prefix(end + 2);
  return std::string(text);
}

// Within one JSON line, "at line 1, column 55" is just "at column 55".
std::string line_error_text(const Json::parse_error& e) {
  std::string text = parse_error_text(e);
  if (const std::size_t at = text.find("at line 1, "); at != std::string::npos)
    text.erase(at + 3, 8);
  return text;
}

} // namespace

void read_json_line(std::string_view line, unsigned line_number, const JsonFieldMap& fields,
                    ParsedFile& out) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  try {
    read_record(parse_json_bounded(line), line_number, fields, out);
  } catch (const Json::parse_error& e) {
    out.fail(line_number, "malformed JSON: " + line_error_text(e));
  } catch (const JsonTooDeep& e) {
    out.fail(line_number, std::string(e.what()) + "; skipped");
  }
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
  } catch (const Json::parse_error& e) {
    out.fail(std::nullopt, "malformed JSON: " + parse_error_text(e));
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
