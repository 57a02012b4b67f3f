#include <algorithm>

#include <fmt/core.h>

#include "common/article_fields.hh"
#include "common/byte_escape.hh"
#include "common/counted.hh"
#include "searcher/hit_fields.hh"
#include "searcher/output.hh"
#include "searcher/snippet.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::size_t kIndent = 5;       // "  1. " before titles, spaces before the rest
constexpr std::size_t kSnippetLines = 3; // lines of snippet per hit
constexpr std::size_t kBarWidth = 50;    // columns of the longest histogram bar

// The handle, date (or `undated`), then the source if known, else where the
// file is (`path:record` for a record of a file of many: a JSON Lines
// line). A date that is only the file's modification time says so. The path
// is bytes: shown escaped (byte_escape.hh).
std::string describe_origin(const Hit& hit, const std::string& handle) {
  const Article& a = hit.article;
  std::string line = handle.empty() ? handle : handle + "  ";
  line += a.date ? format_day(*a.date) : std::string("undated");
  if (a.date && a.date_source == DateSource::File) line += " (file date)";
  const std::string where = a.source.empty() ? place_in_file(a) : a.source;
  if (!where.empty()) line += "  " + where;
  if (hit.similar > 0) line += fmt::format("  +{} similar", hit.similar);
  return line;
}

// Snippets keep the article's paragraphs; wrapped as one text they read better.
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

void print_hits(const SearchResults& results, const TextStyle& style, Sink& sink) {
  const std::string_view bold = style.highlight ? kBold : "";
  const std::string_view reset = style.highlight ? kReset : "";
  const std::size_t width = style.width > kIndent + 10 ? style.width - kIndent : 10;
  for (std::size_t i = 0; i < results.hits.size(); ++i) {
    const Hit& hit = results.hits[i];
    const Article& a = hit.article;
    const std::string title = truncate_to(a.title.empty() ? escape_bytes(a.id) : a.title, width);
    sink.print("{:>3}. {}{}{}\n", hit.rank, bold, title, reset);
    const std::string handle = i < style.handles.size() ? style.handles[i] : std::string();
    sink.print("     {}\n", truncate_to(describe_origin(hit, handle), width));
    for (const std::string& line : wrap(one_line(hit.snippet), width, kSnippetLines))
      sink.print("     {}\n", render_highlights(line, bold, reset));
    if (style.entities && !a.entities.empty())
      sink.print("     {}\n", truncate_to(entities_line(a.entities), width));
    sink.print("\n");
  }
}

// Each kind's names on as many lines as they need to fit `width`, a name and
// its count never split: "person:  Vladimir Putin (12), Xi Jinping (9),".
void print_facets(const Facets& facets, std::size_t width, Sink& sink) {
  constexpr std::size_t kLabel = 9; // "person:  "
  const std::size_t room = width > kLabel + 20 ? width - kLabel : 20;
  auto print_counts = [&](std::string_view label, const std::vector<FacetCount>& counts) {
    if (counts.empty()) return;
    std::string line;
    std::size_t used = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
      const std::string item = fmt::format("{} ({}){}", counts[i].name, counts[i].count,
                                           i + 1 < counts.size() ? "," : "");
      const std::size_t columns = display_width(item);
      if (used > 0 && used + 1 + columns > room) {
        line += '\n';
        line.append(kLabel, ' ');
        used = 0;
      }
      if (used > 0) {
        line += ' ';
        ++used;
      }
      line += item;
      used += columns;
    }
    sink.print("{:<8} {}\n", label, line);
  };
  for (EntityKind kind : kEntityKinds)
    print_counts(fmt::format("{}:", to_string(kind)),
                 facets.entities[static_cast<std::size_t>(kind)]);
  print_counts("source:", facets.sources);
  std::vector<FacetCount> languages = facets.lang.languages;
  if (facets.lang.undetermined > 0) languages.push_back({"undetermined", facets.lang.undetermined});
  print_counts("lang:", languages);
  sink.print("\n");
}

// One bar per period, then the undated matches, which are in none.
void print_histogram(const SearchResults& results, const TextStyle& style, Sink& sink) {
  if (results.histogram.empty()) {
    if (results.undated > 0) sink.print("(undated: {})\n\n", results.undated);
    return;
  }
  Xapian::doccount most = 0;
  std::size_t label_width = 0;
  for (const HistogramBucket& b : results.histogram) {
    most = std::max(most, b.count);
    label_width = std::max(label_width, b.label.size());
  }
  const std::size_t count_width = fmt::format("{}", most).size();
  const std::size_t room = style.width > label_width + count_width + 4
                               ? style.width - label_width - count_width - 4
                               : 10;
  const std::size_t bar_width = std::min(kBarWidth, room);
  for (const HistogramBucket& b : results.histogram) {
    const std::size_t bar = most == 0 ? 0 : (b.count * bar_width + most - 1) / most;
    std::string bars;
    for (std::size_t i = 0; i < bar; ++i)
      bars += "█";
    sink.print("{:<{}}  {:>{}} {}\n", b.label, label_width, b.count, count_width, bars);
  }
  if (results.undated > 0) sink.print("(undated: {})\n", results.undated);
  sink.print("\n");
}

} // namespace

void print_text(const SearchResults& results, const TextStyle& style, Sink& sink) {
  if (results.timeline) {
    print_timeline_text(*results.timeline, style.width, sink);
    if (results.query.empty()) return; // the series only
  }
  print_histogram(results, style, sink);
  if (results.facets) print_facets(*results.facets, style.width, sink);
  if (results.related) print_related_text(*results.related, sink);
  if (style.hits) print_hits(results, style, sink);
  if (!results.did_you_mean.empty())
    sink.note(fmt::format("did you mean: {}\n", results.did_you_mean));
  if (!style.hits && results.total > 0) {
    sink.print("{} matching {}\n", results.total, noun_for(results.total, "article"));
    return;
  }
  if (results.hits.empty()) {
    sink.note(fmt::format(
        "no articles match \"{}\"{}\n", results.query,
        results.total > 0 ? fmt::format(" at this offset ({} in all)", results.total) : ""));
    return;
  }
  const unsigned first = results.hits.front().rank, last = results.hits.back().rank;
  sink.print("{} of {} matching {}\n",
             first == 1 && last == results.total ? fmt::format("{}", results.total)
                                                 : fmt::format("{}-{}", first, last),
             results.total, noun_for(results.total, "article"));
}

} // namespace news
