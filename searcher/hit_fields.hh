// --fields: the keys of each hit in --format json and jsonl, and the columns
// of --format csv, chosen by name (as `mu find --fields` and `recollq -F`):
// any field of the article's table (article_fields.hh), body included, and
// the hit's own, rank, score, similar and snippet.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/article_fields.hh"
#include "searcher/search.hh"

namespace news {

/** One key or column: an article field, or one of the hit's own (`field` empty). */
struct HitField {
  std::string_view name;
  std::optional<ArticleField> field;
};

/**
 * The fields of a comma-separated list (`id,title,body`), in its order;
 * throws news::Error (usage) for a name none has, naming the known ones,
 * for a name given twice and for an empty list.
 */
std::vector<HitField> parse_hit_fields(std::string_view list);

/** Every name --fields knows, in order: `rank, id, title, ..., snippet`. */
std::string hit_field_names();

/** The field's value in a JSON hit (as the default keys have it). */
nlohmann::ordered_json hit_field_json(const Hit& hit, const HitField& field);

/** The field's value in one CSV cell; entities as `person: A, B; org: C`. */
std::string hit_field_text(const Hit& hit, const HitField& field);

/** An article's entities in one line: `person: Vladimir Putin; org: NATO; place: China, Russia`. */
std::string entities_line(const Entities& entities);

} // namespace news
