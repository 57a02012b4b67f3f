#include "common/article_json.hh"

namespace news {

using Json = nlohmann::ordered_json;

Json field_json(const Article& a, ArticleField field) {
  const ArticleFieldSpec& s = spec(field);
  if (s.value == FieldValue::Entities) {
    Json entities;
    for (EntityKind kind : kEntityKinds)
      entities[std::string(to_string(kind))] = a.entities.of(kind);
    return entities;
  }
  if (s.value == FieldValue::Record) return a.record ? Json(*a.record) : Json(nullptr);
  std::string text = field_text(a, field);
  if (text.empty() && !s.always_string) return Json(nullptr);
  return Json(std::move(text));
}

void add_fields(Json& json, const Article& a, std::span<const ArticleField> fields) {
  for (ArticleField field : fields)
    json[std::string(spec(field).name)] = field_json(a, field);
}

} // namespace news
