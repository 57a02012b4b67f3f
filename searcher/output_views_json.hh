// The JSON members of the views beside the hits (--related, --timeline), for
// print_json; their shapes are in docs/output-format.md.
#pragma once

#include <nlohmann/json.hpp>

#include "searcher/related.hh"
#include "searcher/timeline.hh"

namespace news {

/** `related`: matches, counted, sampled, archive, min_count, score, then person, org, place. */
nlohmann::ordered_json related_to_json(const Related& related);

/** `timeline`: period, periods (labels), series (query, total, undated, counts). */
nlohmann::ordered_json timeline_to_json(const Timeline& timeline);

} // namespace news
