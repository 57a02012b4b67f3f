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

// The columns of the field table's CSV view; ids and paths escaped (field_text).
void print_csv(const SearchResults& results, Sink& sink) {
  std::string header;
  for (ArticleField field : kCsvColumns)
    header += fmt::format("{}{}", header.empty() ? "" : ",", spec(field).name);
  sink.print("{}\r\n", header);
  for (const Hit& hit : results.hits) {
    std::string row;
    for (std::size_t i = 0; i < kCsvColumns.size(); ++i)
      row += (i ? "," : "") + csv_field(field_text(hit.article, kCsvColumns[i]));
    sink.print("{}\r\n", row);
  }
}

} // namespace news
