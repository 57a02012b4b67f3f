// The mail-ready digest of `news-search watch NAME`: plain text (no colour,
// whatever the terminal), lines of at most kDigestWidth columns, a first line
// that reads as a mail's subject.
#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/counted.hh"
#include "searcher/output.hh"
#include "searcher/snippet.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

constexpr std::size_t kDigestWidth = 72; // columns, as mail is read
constexpr std::size_t kIndent = 4;       // "12. " before titles, spaces before the rest
constexpr std::size_t kSnippetLines = 3; // lines of snippet per article

// Where to read it: the URL, else the file (and record) it came from.
std::string location(const Article& a) {
  if (!a.url.empty()) return a.url;
  const std::string path = escape_bytes(a.path);
  return a.record ? fmt::format("{}:{}", path, *a.record) : path;
}

std::string origin(const Hit& hit) {
  const Article& a = hit.article;
  std::string line = a.date ? format_day(*a.date) : std::string("undated");
  if (!a.source.empty()) line += "  " + a.source;
  if (hit.similar > 0) line += fmt::format("  +{} similar", hit.similar);
  return line;
}

std::string flattened(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  return text;
}

} // namespace

void print_digest(const SearchResults& results, const DigestHeading& heading, Sink& sink) {
  const std::size_t width = kDigestWidth - kIndent;
  const std::size_t count = results.hits.size();
  sink.print("{}\n", truncate_to(fmt::format("{}: {} new {}", heading.name, count,
                                             noun_for(count, "article")),
                                 kDigestWidth));
  sink.print("{}\n\n", truncate_to("saved search: " + heading.query, kDigestWidth));
  for (const Hit& hit : results.hits) {
    const Article& a = hit.article;
    const std::string title = a.title.empty() ? escape_bytes(a.id) : a.title;
    sink.print("{:>3} {}\n", fmt::format("{}.", hit.rank), truncate_to(title, width));
    sink.print("    {}\n", truncate_to(origin(hit), width));
    const std::string where = location(a);
    if (!where.empty()) sink.print("    {}\n", where); // whole: a cut URL is no URL
    for (const std::string& line : wrap(flattened(hit.snippet), width, kSnippetLines))
      sink.print("    {}\n", render_highlights(line, "", ""));
    sink.print("\n");
  }
}

} // namespace news
