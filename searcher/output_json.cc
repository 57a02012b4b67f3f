#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/byte_escape.hh"
#include "searcher/output.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

using Json = nlohmann::ordered_json;

// An absent field is null, never an empty string.
Json string_or_null(const std::string& value) {
  return value.empty() ? Json(nullptr) : Json(value);
}

// The id and the path are bytes (a file name need not be UTF-8): escaped the
// way --format ids prints them (byte_escape.hh), so that the JSON is valid and
// the bytes can be had back.
Json hit_to_json(const Hit& hit) {
  const Article& a = hit.article;
  Json json;
  json["rank"] = hit.rank;
  json["id"] = escape_bytes(a.id);
  json["title"] = string_or_null(a.title);
  json["date"] = a.date ? Json(format_iso8601(*a.date)) : Json(nullptr);
  json["date_source"] = a.date ? Json(to_string(a.date_source)) : Json(nullptr);
  json["source"] = string_or_null(a.source);
  json["author"] = string_or_null(a.author);
  json["path"] = string_or_null(escape_bytes(a.path));
  json["record"] = a.record ? Json(*a.record) : Json(nullptr);
  json["url"] = string_or_null(a.url);
  json["score"] = hit.score;
  json["similar"] = hit.similar;
  json["snippet"] = render_highlights(hit.snippet, "", "");
  for (EntityKind kind : kEntityKinds)
    json["entities"][std::string(to_string(kind))] = a.entities.of(kind);
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
  return json;
}

std::string dump(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void print_json(const SearchResults& results, unsigned offset) {
  Json json;
  json["format_version"] = kJsonFormatVersion;
  json["query"] = results.query;
  json["total"] = results.total;
  json["offset"] = offset;
  Json hits = Json::array();
  for (const Hit& hit : results.hits)
    hits.push_back(hit_to_json(hit));
  json["hits"] = std::move(hits);
  json["did_you_mean"] = string_or_null(results.did_you_mean);
  if (!results.histogram.empty() || results.undated > 0) {
    Json buckets = Json::array();
    for (const HistogramBucket& bucket : results.histogram)
      buckets.push_back({{"period", bucket.label}, {"count", bucket.count}});
    json["histogram"] = std::move(buckets);
    json["undated"] = results.undated;
  }
  if (results.facets) json["facets"] = facets_to_json(*results.facets);
  fmt::print("{}\n", dump(json, 2));
}

void print_jsonl(const SearchResults& results) {
  for (const Hit& hit : results.hits)
    fmt::print("{}\n", dump(hit_to_json(hit), -1));
}

} // namespace news
