#include "searcher/hit_fields.hh"

#include <array>

#include <fmt/core.h>

#include "common/article_json.hh"
#include "common/error.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

// The hit's own keys; rank first, the others after the article's fields.
constexpr std::string_view kRank = "rank", kScore = "score", kSimilar = "similar",
                           kSnippet = "snippet";
constexpr std::array kOwnAfter = {kScore, kSimilar, kSnippet};

std::optional<HitField> find_hit_field(std::string_view name) {
  if (name == kRank) return HitField{kRank, std::nullopt};
  for (std::string_view own : kOwnAfter)
    if (name == own) return HitField{own, std::nullopt};
  if (const ArticleFieldSpec* s = find_field(name)) return HitField{s->name, s->field};
  return std::nullopt;
}

std::string_view trimmed(std::string_view text) {
  const std::size_t start = text.find_first_not_of(' ');
  if (start == std::string_view::npos) return {};
  return text.substr(start, text.find_last_not_of(' ') - start + 1);
}

} // namespace

std::string hit_field_names() {
  std::string names(kRank);
  for (const ArticleFieldSpec& s : kArticleFields)
    names += fmt::format(", {}", s.name);
  for (std::string_view own : kOwnAfter)
    names += fmt::format(", {}", own);
  return names;
}

std::vector<HitField> parse_hit_fields(std::string_view list) {
  std::vector<HitField> fields;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t end = std::min(list.find(',', start), list.size());
    const std::string_view name = trimmed(list.substr(start, end - start));
    start = end + 1;
    if (name.empty()) throw_usage("--fields: an empty name in '{}'", list);
    const std::optional<HitField> field = find_hit_field(name);
    if (!field) throw_usage("--fields: no field '{}'; the fields are {}", name, hit_field_names());
    for (const HitField& earlier : fields)
      if (earlier.name == field->name) throw_usage("--fields: '{}' is given twice", name);
    fields.push_back(*field);
  }
  return fields;
}

nlohmann::ordered_json hit_field_json(const Hit& hit, const HitField& field) {
  if (field.field) return field_json(hit.article, *field.field);
  if (field.name == kRank) return hit.rank;
  if (field.name == kScore) return hit.score;
  if (field.name == kSimilar) return hit.similar;
  return render_highlights(hit.snippet, "", "");
}

std::string hit_field_text(const Hit& hit, const HitField& field) {
  if (field.field == ArticleField::Entities) return entities_line(hit.article.entities);
  if (field.field) return field_text(hit.article, *field.field);
  if (field.name == kSnippet) return render_highlights(hit.snippet, "", "");
  return hit_field_json(hit, field).dump();
}

std::string entities_line(const Entities& entities) {
  std::string line;
  for (EntityKind kind : kEntityKinds) {
    if (entities.of(kind).empty()) continue;
    if (!line.empty()) line += "; ";
    line += fmt::format("{}: ", to_string(kind));
    for (std::size_t i = 0; i < entities.of(kind).size(); ++i)
      line += (i ? ", " : "") + entities.of(kind)[i];
  }
  return line;
}

} // namespace news
