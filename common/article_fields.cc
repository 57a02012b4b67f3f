#include "common/article_fields.hh"

#include <fmt/core.h>

#include "common/byte_escape.hh"

namespace news {

std::string mappable_field_names() {
  std::string names;
  for (const ArticleFieldSpec& s : kArticleFields)
    if (s.mappable) names += fmt::format("{}{}", names.empty() ? "" : ", ", s.name);
  return names;
}

std::string field_text(const Article& a, ArticleField field) {
  const ArticleFieldSpec& s = spec(field);
  switch (s.value) {
  case FieldValue::Text:
    return a.*s.text;
  case FieldValue::Bytes:
    return escape_bytes(a.*s.text);
  case FieldValue::Date:
    return a.date ? format_iso8601(*a.date) : std::string{};
  case FieldValue::DateSource:
    return a.date ? std::string(to_string(a.date_source)) : std::string{};
  case FieldValue::Record:
    return a.record ? fmt::format("{}", *a.record) : std::string{};
  case FieldValue::Entities:
    break;
  }
  return {};
}

std::string place_in_file(const Article& a) {
  std::string place = escape_bytes(a.path);
  if (a.record && !place.empty()) place += fmt::format(":{}", *a.record);
  return place;
}

} // namespace news
