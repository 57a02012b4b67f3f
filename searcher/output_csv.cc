#include <fmt/core.h>

#include "common/article_fields.hh"
#include "common/entity.hh"
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

void print_counts(std::string_view facet, const std::vector<FacetCount>& counts, Sink& sink) {
  for (const FacetCount& c : counts)
    sink.print("{},{},{}\r\n", facet, csv_field(c.name), c.count);
}

} // namespace

void print_csv_histogram(const SearchResults& results, Sink& sink) {
  sink.print("period,count\r\n");
  for (const HistogramBucket& bucket : results.histogram)
    sink.print("{},{}\r\n", bucket.label, bucket.count);
  if (results.undated > 0) sink.print("undated,{}\r\n", results.undated);
}

void print_csv_facets(const SearchResults& results, Sink& sink) {
  sink.print("facet,name,count\r\n");
  if (!results.facets) return;
  for (EntityKind kind : kEntityKinds)
    print_counts(to_string(kind), results.facets->entities[static_cast<std::size_t>(kind)], sink);
  print_counts("source", results.facets->sources, sink);
  print_counts("lang", results.facets->lang.languages, sink);
  if (results.facets->lang.undetermined > 0)
    sink.print("lang_undetermined,,{}\r\n", results.facets->lang.undetermined);
}

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
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) row += ',';
      row += csv_field(hit_field_text(hit, columns[i]));
    }
    sink.print("{}\r\n", row);
  }
}

} // namespace news
