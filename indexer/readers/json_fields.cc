#include "indexer/readers/json_fields.hh"

#include <algorithm>

#include "common/error.hh"

namespace news {
ArticleField article_field_from_name(std::string_view name) {
  if (const ArticleFieldSpec* s =
          find_field(name, [](const ArticleFieldSpec& f) { return f.mappable; }))
    return s->field;
  throw_usage("--map: unknown field '{}' (expected one of {})", name, mappable_field_names());
}

JsonFieldMap::JsonFieldMap() {
  auto set = [&](ArticleField field, std::vector<std::string> names) {
    names_[static_cast<std::size_t>(field)] = std::move(names);
  };
  set(ArticleField::Id, {"id", "guid", "uuid"});
  set(ArticleField::Title, {"title", "headline"});
  set(ArticleField::Body, {"body", "text", "content", "article"});
  set(ArticleField::Date, {"date", "published", "published_at", "publishedAt", "pubDate",
                           "datePublished", "timestamp"});
  set(ArticleField::Url, {"url", "link"});
  set(ArticleField::Source, {"source", "publisher", "site"});
  set(ArticleField::Author, {"author", "authors", "byline"});
  set(ArticleField::Dateline, {"dateline"});
  set(ArticleField::Language, {"lang", "language"});
}

void JsonFieldMap::apply_mapping(std::string_view mapping) {
  const std::size_t equals = mapping.find('=');
  if (equals == std::string_view::npos || equals == 0 || equals + 1 == mapping.size())
    throw_usage("--map: expected FIELD=NAME, got '{}'", mapping);
  const ArticleField field = article_field_from_name(mapping.substr(0, equals));
  std::vector<std::string>& names = names_[static_cast<std::size_t>(field)];
  const std::string name(mapping.substr(equals + 1));
  names.erase(std::remove(names.begin(), names.end(), name), names.end());
  names.insert(names.begin(), name);
}

} // namespace news
