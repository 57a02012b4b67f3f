// Which output formats carry the histogram and the facets, so that none is
// ever dropped in silence (docs/output-format.md):
//
//   text, json   the hits and the charts
//   csv          one table: the hits, or with --no-hits the histogram
//                (period,count) or the facets (facet,name,count)
//   jsonl, ids   the hits only: a chart asked for is an error naming json
//   --count      the count only: a chart asked for is an error naming --no-hits
//
// (watch's digest has no charts to ask for.)
#pragma once

#include "searcher/search_options.hh"

namespace news {

/** Throws a usage error when a chart asked for has no place in the output chosen. */
void check_charts_fit(const SearchConfig& config);

} // namespace news
