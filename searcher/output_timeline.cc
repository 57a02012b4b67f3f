// --timeline as text (print_text calls it) and as a member of the JSON
// object (output_views_json.hh).
#include <algorithm>
#include <cstdint>

#include <fmt/core.h>

#include "searcher/output.hh"
#include "searcher/output_views_json.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

// A bar of `part` of `whole` in `width` cells, rounded up; full at most. A
// companion's part can exceed its series' whole in a period (timeline.hh:
// each search dates a story by the first copy it matches).
std::string bar(std::uint64_t part, std::uint64_t whole, std::size_t width) {
  const std::size_t cells = whole == 0 ? 0
                                       : static_cast<std::size_t>(std::min<std::uint64_t>(
                                             width, (part * width + whole - 1) / whole));
  std::string out;
  for (std::size_t i = 0; i < cells; ++i)
    out += "█";
  return out + std::string(width - cells, ' ');
}

// One column of a chart: its header, per period a number and a bar of
// `part` of `whole`, and a footer.
struct Column {
  std::string header;
  std::vector<std::string> numbers;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> bars;
  std::string footer;
};

std::string trimmed(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line;
}

// A line per period, the columns side by side in the width.
void print_columns(const std::vector<std::string>& periods, const std::vector<Column>& columns,
                   unsigned width, Sink& sink) {
  std::size_t label_width = 0, number_width = 0;
  for (const std::string& label : periods)
    label_width = std::max(label_width, label.size());
  for (const Column& column : columns)
    for (const std::string& number : column.numbers)
      number_width = std::max(number_width, number.size());
  const std::size_t count = std::max<std::size_t>(columns.size(), 1);
  const std::size_t room = width > label_width + 2 ? width - label_width - 2 : 0;
  const std::size_t column_width = std::max<std::size_t>(room / count, number_width + 4);
  const std::size_t bar_width = column_width - number_width - 3;
  std::string header(label_width, ' ');
  for (const Column& column : columns)
    header += "  " + pad_to(column.header, column_width - 2);
  sink.print("{}\n", trimmed(header));
  for (std::size_t p = 0; p < periods.size(); ++p) {
    std::string line = fmt::format("{:<{}}", periods[p], label_width);
    for (const Column& column : columns)
      line += fmt::format("  {:>{}} {}", column.numbers[p], number_width,
                          bar(column.bars[p].first, column.bars[p].second, bar_width));
    sink.print("{}\n", trimmed(line));
  }
  std::string footer(label_width, ' ');
  for (const Column& column : columns)
    footer += "  " + pad_to(column.footer, column_width - 2);
  sink.print("{}\n\n", trimmed(footer));
}

std::string_view period_word(Period period) {
  for (const Choice<Period>& choice : kPeriods)
    if (choice.value == period) return choice.word;
  return "";
}

// A series' companions: the share of its matches in each period that name each.
void print_companions(const Timeline& timeline, const TimelineSeries& series, unsigned width,
                      Sink& sink) {
  sink.print("{}: share of its matches naming each companion, per {}\n", series.query,
             period_word(timeline.period));
  if (series.companions.empty()) {
    sink.print("  (no related entities)\n\n");
    return;
  }
  std::vector<Column> columns;
  for (const TimelineCompanion& companion : series.companions) {
    Column column{fmt::format("{} ({})", companion.entity.name, to_string(companion.kind)),
                  {},
                  {},
                  fmt::format("{} of {}", companion.total, series.total)};
    for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
      const Xapian::doccount of = series.counts[p];
      column.numbers.push_back(of == 0 ? "-" : fmt::format("{}%", companion.counts[p] * 100 / of));
      column.bars.emplace_back(companion.counts[p], of);
    }
    columns.push_back(std::move(column));
  }
  print_columns(timeline.periods, columns, width, sink);
}

// `companions` of a series: each entity, its matches and share per period.
nlohmann::ordered_json companions_to_json(const TimelineSeries& series) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const TimelineCompanion& companion : series.companions) {
    nlohmann::ordered_json shares = nlohmann::ordered_json::array();
    for (std::size_t p = 0; p < companion.counts.size(); ++p)
      shares.push_back(series.counts[p] == 0
                           ? nlohmann::ordered_json(nullptr)
                           : nlohmann::ordered_json(static_cast<double>(companion.counts[p]) /
                                                    static_cast<double>(series.counts[p])));
    list.push_back({{"kind", to_string(companion.kind)},
                    {"name", companion.entity.name},
                    {"key", companion.entity.key},
                    {"score", companion.entity.score},
                    {"total", companion.total},
                    {"undated", companion.undated},
                    {"counts", companion.counts},
                    {"shares", std::move(shares)}});
  }
  return list;
}

} // namespace

void print_timeline_text(const Timeline& timeline, unsigned width, Sink& sink) {
  Xapian::doccount most = 0;
  for (const TimelineSeries& series : timeline.series)
    for (Xapian::doccount count : series.counts)
      most = std::max(most, count);
  // Each series a column of its own: its count and a bar, all on one scale.
  std::vector<Column> columns;
  for (const TimelineSeries& series : timeline.series) {
    Column column{series.query,
                  {},
                  {},
                  fmt::format("{} in all{}", series.total,
                              series.undated > 0 ? fmt::format(", {} undated", series.undated)
                                                 : std::string())};
    for (Xapian::doccount count : series.counts) {
      column.numbers.push_back(fmt::format("{}", count));
      column.bars.emplace_back(count, most);
    }
    columns.push_back(std::move(column));
  }
  print_columns(timeline.periods, columns, width, sink);
  if (timeline.related)
    for (const TimelineSeries& series : timeline.series)
      print_companions(timeline, series, width, sink);
}

nlohmann::ordered_json timeline_to_json(const Timeline& timeline) {
  nlohmann::ordered_json json;
  json["period"] = period_word(timeline.period);
  json["periods"] = timeline.periods;
  nlohmann::ordered_json series = nlohmann::ordered_json::array();
  for (const TimelineSeries& one : timeline.series) {
    nlohmann::ordered_json json_series = {{"query", one.query},
                                          {"total", one.total},
                                          {"undated", one.undated},
                                          {"counts", one.counts}};
    if (timeline.related) json_series["companions"] = companions_to_json(one);
    series.push_back(std::move(json_series));
  }
  json["series"] = std::move(series);
  return json;
}

} // namespace news
