#include <fmt/core.h>

#include "common/article_fields.hh"
#include "searcher/output.hh"

namespace news {
namespace {

// RFC 4180: quote a field when it holds a comma, a quote or a line break;
// double the quotes inside.
std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

} // namespace

// The columns --fields chose, else the field table's CSV view; ids and paths
// escaped (field_text).
void print_csv(const SearchResults& results, Sink& sink, std::span<const HitField> fields) {
  std::vector<HitField> columns(fields.begin(), fields.end());
  if (columns.empty())
    for (ArticleField field : kCsvColumns)
      columns.push_back({spec(field).name, field});
  std::string header;
  for (const HitField& column : columns)
    header += fmt::format("{}{}", header.empty() ? "" : ",", column.name);
  sink.print("{}\r\n", header);
  for (const Hit& hit : results.hits) {
    std::string row;
    for (std::size_t i = 0; i < columns.size(); ++i)
      row += (i ? "," : "") + csv_field(hit_field_text(hit, columns[i]));
    sink.print("{}\r\n", row);
  }
}

} // namespace news
