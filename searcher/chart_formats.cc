#include "searcher/chart_formats.hh"

#include "common/error.hh"

namespace news {

void check_charts_fit(const SearchConfig& config) {
  const SearchRequest& request = config.request;
  const bool histogram = request.histogram.has_value();
  if (!histogram && !request.facets) return;
  const char* asked = histogram && request.facets ? "--histogram and --facets"
                      : histogram                 ? "--histogram"
                                                  : "--facets";
  if (request.count_only)
    throw Error(ErrorKind::Usage, fmt::format("--count prints the count alone, not {}", asked),
                "--no-hits prints the count and the charts");
  switch (config.format) {
  case OutputFormat::Text:
  case OutputFormat::Json:
    return;
  case OutputFormat::Csv:
    if (!request.no_hits)
      throw Error(ErrorKind::Usage,
                  fmt::format("--format csv is one table, the hits: not {} as well", asked),
                  "add --no-hits for the chart alone as CSV, or use --format json");
    if (histogram && request.facets)
      throw Error(ErrorKind::Usage, "--format csv is one table: --histogram or --facets, not both",
                  "use --format json for both");
    return;
  case OutputFormat::Jsonl:
  case OutputFormat::Ids:
    break;
  }
  throw Error(ErrorKind::Usage,
              fmt::format("--format {} lists hits only, not {}",
                          config.format == OutputFormat::Jsonl ? "jsonl" : "ids", asked),
              "use --format json (or text, or csv with --no-hits)");
}

} // namespace news
