// --related as text (print_text calls it) and as a member of the JSON
// object (output_views_json.hh).
#include <algorithm>

#include <fmt/core.h>

#include "searcher/output.hh"
#include "searcher/output_views_json.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

constexpr std::size_t kNameWidth = 30; // columns of the name in --related's table

std::string scope_of(const Related& related) {
  if (related.sampled)
    return fmt::format("entities of a sample of {} of {} matches; {} articles in all",
                       related.counted, related.matches, related.archive);
  return fmt::format("in {} matches; {} articles in all", related.matches, related.archive);
}

} // namespace

void print_related_text(const Related& related, Sink& sink) {
  sink.print("related ({}; min count {}):\n", scope_of(related), related.min_count);
  for (EntityKind kind : kEntityKinds) {
    const std::vector<RelatedEntity>& ranked = related.entities[static_cast<std::size_t>(kind)];
    sink.print("{:<8} {:>9} {:>8} {:>8}  name\n", fmt::format("{}:", to_string(kind)), "score",
               "matches", "archive");
    if (ranked.empty()) sink.print("{:<8} {:>9}\n", "", "(none)");
    for (const RelatedEntity& entity : ranked)
      sink.print("{:<8} {:>9.1f} {:>8} {:>8}  {}\n", "", entity.score, entity.in_matches,
                 entity.in_archive, truncate_to(entity.name, kNameWidth));
  }
  sink.print("\n");
}

nlohmann::ordered_json related_to_json(const Related& related) {
  nlohmann::ordered_json json;
  json["matches"] = related.matches;
  json["counted"] = related.counted;
  json["sampled"] = related.sampled;
  json["archive"] = related.archive;
  json["min_count"] = related.min_count;
  json["score"] = "g2";
  for (EntityKind kind : kEntityKinds) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const RelatedEntity& entity : related.entities[static_cast<std::size_t>(kind)])
      list.push_back({{"name", entity.name},
                      {"key", entity.key},
                      {"score", entity.score},
                      {"in_matches", entity.in_matches},
                      {"in_archive", entity.in_archive}});
    json[std::string(to_string(kind))] = std::move(list);
  }
  return json;
}

} // namespace news
