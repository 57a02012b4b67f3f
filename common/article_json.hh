// An article's fields as members of a JSON object, as inspect and the
// search show them (docs/output-format.md): each under its name of the
// field table (article_fields.hh), in the order the caller gives.
#pragma once

#include <span>

#include <nlohmann/json.hpp>

#include "common/article_fields.hh"

namespace news {

/**
 * A field's JSON value: its string (escaped when bytes), or null when it
 * is empty and not always_string; the date in ISO 8601 and its source, or
 * null when undated; the record or null; the names of each entity kind.
 */
nlohmann::ordered_json field_json(const Article& article, ArticleField field);

/** Sets `json[name]` for each field, in this order. */
void add_fields(nlohmann::ordered_json& json, const Article& article,
                std::span<const ArticleField> fields);

} // namespace news
