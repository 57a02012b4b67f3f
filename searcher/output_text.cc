#include <fmt/core.h>

#include "searcher/output.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

// Date, then the source if known, else where the file is. A date that is
// only the file's modification time says so.
std::string describe_origin(const Article& a) {
  std::string line = a.date ? format_day(*a.date) : std::string{};
  if (a.date && a.date_source == DateSource::File) line += " (file date)";
  const std::string& where = a.source.empty() ? a.path : a.source;
  if (!where.empty()) line += line.empty() ? where : "  " + where;
  return line;
}

// Snippets keep the article's paragraphs; on one indented line they read better.
std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  return text;
}

} // namespace

void print_text(const SearchResults& results, const TextStyle& style) {
  const std::string_view bold = style.highlight ? kBold : "";
  const std::string_view reset = style.highlight ? kReset : "";
  for (const Hit& hit : results.hits) {
    const Article& a = hit.article;
    fmt::print("{:>3}. {}{}{}\n", hit.rank, bold, a.title.empty() ? a.id : a.title, reset);
    if (std::string origin = describe_origin(a); !origin.empty()) fmt::print("     {}\n", origin);
    if (!hit.snippet.empty())
      fmt::print("     {}\n", one_line(render_highlights(hit.snippet, bold, reset)));
    fmt::print("\n");
  }
  if (results.hits.empty()) {
    fmt::print(stderr, "no articles match \"{}\"{}\n", results.query,
               results.total > 0 ? fmt::format(" at this offset ({} in all)", results.total) : "");
    return;
  }
  const unsigned first = results.hits.front().rank, last = results.hits.back().rank;
  fmt::print("{} of {} matching article{}\n",
             first == 1 && last == results.total ? fmt::format("{}", results.total)
                                                 : fmt::format("{}-{}", first, last),
             results.total, results.total == 1 ? "" : "s");
}

} // namespace news
