// --timeline as text (print_text calls it) and as a member of the JSON
// object (output_views_json.hh).
#include <algorithm>

#include <fmt/core.h>

#include "searcher/output.hh"
#include "searcher/output_views_json.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

// Each series a column of its own: its count and a bar, all on one scale.
std::string bar(Xapian::doccount count, Xapian::doccount most, std::size_t width) {
  const std::size_t cells = most == 0 ? 0 : (count * width + most - 1) / most;
  std::string out;
  for (std::size_t i = 0; i < cells; ++i)
    out += "█";
  return out + std::string(width - cells, ' ');
}

} // namespace

void print_timeline_text(const Timeline& timeline, unsigned width, Sink& sink) {
  std::size_t label_width = 0;
  Xapian::doccount most = 0;
  for (const std::string& label : timeline.periods)
    label_width = std::max(label_width, label.size());
  for (const TimelineSeries& series : timeline.series)
    for (Xapian::doccount count : series.counts)
      most = std::max(most, count);
  const std::size_t columns = std::max<std::size_t>(timeline.series.size(), 1);
  const std::size_t count_width = fmt::format("{}", most).size();
  const std::size_t room = width > label_width + 2 ? width - label_width - 2 : 0;
  const std::size_t column = std::max<std::size_t>(room / columns, count_width + 4);
  const std::size_t bar_width = column - count_width - 3;
  std::string header(label_width, ' ');
  for (const TimelineSeries& series : timeline.series)
    header += "  " + pad_to(series.query, column - 2);
  header.erase(header.find_last_not_of(' ') + 1);
  sink.print("{}\n", header);
  for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
    std::string line = fmt::format("{:<{}}", timeline.periods[p], label_width);
    for (const TimelineSeries& series : timeline.series)
      line += fmt::format("  {:>{}} {}", series.counts[p], count_width,
                          bar(series.counts[p], most, bar_width));
    // Trailing spaces of the last bar are dropped.
    line.erase(line.find_last_not_of(' ') + 1);
    sink.print("{}\n", line);
  }
  std::string totals(label_width, ' ');
  for (const TimelineSeries& series : timeline.series)
    totals +=
        "  " + pad_to(fmt::format("{} in all{}", series.total,
                                  series.undated > 0 ? fmt::format(", {} undated", series.undated)
                                                     : std::string()),
                      column - 2);
  totals.erase(totals.find_last_not_of(' ') + 1);
  sink.print("{}\n\n", totals);
}

nlohmann::ordered_json timeline_to_json(const Timeline& timeline) {
  nlohmann::ordered_json json;
  for (const Choice<Period>& choice : kPeriods)
    if (choice.value == timeline.period) json["period"] = choice.word;
  json["periods"] = timeline.periods;
  nlohmann::ordered_json series = nlohmann::ordered_json::array();
  for (const TimelineSeries& one : timeline.series)
    series.push_back({{"query", one.query},
                      {"total", one.total},
                      {"undated", one.undated},
                      {"counts", one.counts}});
  json["series"] = std::move(series);
  return json;
}

} // namespace news
