// A SearchRequest from the parameters of a URL (`/api/search?q=...`): the
// search options of the command line under the same names (`all_versions`
// for --all-versions), read by the same code (request_options.hh), and a
// bound on the page size that a server sets.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "searcher/search_request.hh"

namespace news {

/** The value of the parameter called `name`, or nullopt when the URL has none. */
using ParamLookup = std::function<std::optional<std::string>(std::string_view name)>;

/**
 * Parameters: q, any, since, until, lang, now, like, limit (1 to max_limit,
 * default 10), offset, sort, all_versions, histogram, facets, facet_limit,
 * no_hits, related, min_count, sample, timeline (its series one a line). A switch is on
 * for `1`, `true`, `yes` or `on` (or empty), off for `0`, `false`, `no` or
 * `off`. Throws news::Error (usage) naming the parameter for a bad value,
 * and when nothing selects articles (no q, since, until or like).
 */
SearchRequest request_from_params(const ParamLookup& param, unsigned max_limit);

} // namespace news
