#include <fmt/core.h>

#include "common/byte_escape.hh"
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

// The id and the path are bytes: escaped as by --format ids (byte_escape.hh).
void print_csv(const SearchResults& results) {
  fmt::print("id,date,title,source,url,path\r\n");
  for (const Hit& hit : results.hits) {
    const Article& a = hit.article;
    fmt::print("{},{},{},{},{},{}\r\n", csv_field(escape_bytes(a.id)),
               a.date ? format_iso8601(*a.date) : std::string{}, csv_field(a.title),
               csv_field(a.source), csv_field(a.url), csv_field(escape_bytes(a.path)));
  }
}

} // namespace news
