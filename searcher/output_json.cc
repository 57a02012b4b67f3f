#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/article_json.hh"
#include "searcher/output.hh"
#include "searcher/output_views_json.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

using Json = nlohmann::ordered_json;

// An absent field is null, never an empty string.
Json string_or_null(const std::string& value) {
  return value.empty() ? Json(nullptr) : Json(value);
}

// The article's fields as the table has them (article_json.hh), around the
// hit's own; or the fields --fields chose.
Json hit_to_json(const Hit& hit, std::span<const HitField> fields) {
  Json json;
  if (!fields.empty()) {
    for (const HitField& field : fields)
      json[std::string(field.name)] = hit_field_json(hit, field);
    return json;
  }
  json["rank"] = hit.rank;
  add_fields(json, hit.article, kHitFields);
  json["score"] = hit.score;
  json["similar"] = hit.similar;
  json["snippet"] = render_highlights(hit.snippet, "", "");
  json[std::string(spec(ArticleField::Entities).name)] =
      field_json(hit.article, ArticleField::Entities);
  return json;
}

Json counts_to_json(const std::vector<FacetCount>& counts) {
  Json list = Json::array();
  for (const FacetCount& c : counts)
    list.push_back({{"name", c.name}, {"count", c.count}});
  return list;
}

Json facets_to_json(const Facets& facets) {
  Json json;
  for (EntityKind kind : kEntityKinds)
    json[std::string(to_string(kind))] =
        counts_to_json(facets.entities[static_cast<std::size_t>(kind)]);
  json["source"] = counts_to_json(facets.sources);
  json["lang"] = counts_to_json(facets.lang.languages);
  json["lang_undetermined"] = facets.lang.undetermined;
  return json;
}

std::string dump(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void print_json(const SearchResults& results, unsigned offset, Sink& sink,
                std::span<const HitField> fields) {
  Json json;
  json["format_version"] = kJsonFormatVersion;
  json["query"] = results.query;
  json["total"] = results.total;
  json["offset"] = offset;
  Json hits = Json::array();
  for (const Hit& hit : results.hits)
    hits.push_back(hit_to_json(hit, fields));
  json["hits"] = std::move(hits);
  json["did_you_mean"] = string_or_null(results.did_you_mean);
  // Over shards (database_set.hh): what a remote or missing shard left out.
  json["total_exact"] = results.total_exact;
  json["spelling_complete"] = results.spelling_complete;
  json["partial"] = !results.missing_shards.empty();
  json["missing_shards"] = results.missing_shards;
  if (!results.histogram.empty() || results.undated > 0) {
    Json buckets = Json::array();
    for (const HistogramBucket& bucket : results.histogram)
      buckets.push_back({{"period", bucket.label}, {"count", bucket.count}});
    json["histogram"] = std::move(buckets);
    json["undated"] = results.undated;
  }
  if (results.facets) json["facets"] = facets_to_json(*results.facets);
  if (results.related) json["related"] = related_to_json(*results.related);
  if (results.timeline) json["timeline"] = timeline_to_json(*results.timeline);
  sink.print("{}\n", dump(json, 2));
}

void print_article_json(const ArticleView& view, Sink& sink) {
  Json json;
  json["format_version"] = kJsonFormatVersion;
  Json article;
  add_fields(article, view.article, kArticleViewFields);
  json["article"] = std::move(article);
  Json copies = Json::array();
  for (const Article& copy : view.copies) {
    Json fields;
    add_fields(fields, copy, kStoryCopyFields);
    copies.push_back(std::move(fields));
  }
  json["copies"] = std::move(copies);
  sink.print("{}\n", dump(json, 2));
}

void print_summary_json(const IndexSummary& summary, Sink& sink) {
  auto date_or_null = [](const std::optional<Date>& date) {
    return date ? Json(format_iso8601(*date)) : Json(nullptr);
  };
  Json json;
  json["format_version"] = kJsonFormatVersion;
  json["articles"] = summary.articles;
  json["undated"] = summary.undated;
  json["first_date"] = date_or_null(summary.first_date);
  json["last_date"] = date_or_null(summary.last_date);
  json["revision"] = summary.revision;
  sink.print("{}\n", dump(json, 2));
}

void print_jsonl(const SearchResults& results, Sink& sink, std::span<const HitField> fields) {
  for (const Hit& hit : results.hits)
    sink.print("{}\n", dump(hit_to_json(hit, fields), -1));
}

} // namespace news
