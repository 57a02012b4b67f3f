// `news-search show`'s text: one whole article, as git show shows a commit.
#include <fmt/core.h>

#include "common/article_fields.hh"
#include "common/byte_escape.hh"
#include "searcher/output.hh"
#include "searcher/terminal.hh"

namespace news {
namespace {

constexpr std::size_t kLabelWidth = 10; // "language: "
constexpr std::size_t kBodyIndent = 4;

std::string handle_at(const std::vector<std::string>& handles, std::size_t i) {
  return i < handles.size() ? handles[i] : std::string();
}

// A field's one-line value in the article's text; empty when it has none.
std::string field_value(const Article& a, ArticleField field) {
  switch (field) {
  case ArticleField::Date:
    return a.date ? fmt::format("{} ({})", format_iso8601(*a.date), to_string(a.date_source))
                  : "undated";
  case ArticleField::Path:
    return place_in_file(a);
  default:
    return field_text(a, field);
  }
}

void print_field(std::string_view name, const std::string& value, std::size_t width, Sink& sink) {
  if (value.empty()) return;
  sink.print(
      "{}\n",
      truncate_to(fmt::format("{:<{}}{}", fmt::format("{}:", name), kLabelWidth, value), width));
}

// The names of each kind, one line a kind (`person:  A; B`).
void print_entities(const Entities& entities, std::size_t width, Sink& sink) {
  for (EntityKind kind : kEntityKinds) {
    std::string names;
    for (const std::string& name : entities.of(kind))
      names += (names.empty() ? "" : "; ") + name;
    print_field(to_string(kind), names, width, sink);
  }
}

// One line a copy: its handle, day and source, then its title.
void print_copies(const ArticleView& view, const std::vector<std::string>& handles,
                  std::size_t width, Sink& sink) {
  if (view.copies.empty()) return;
  print_field("copies",
              fmt::format("{} other cop{} of this story", view.copies.size(),
                          view.copies.size() == 1 ? "y" : "ies"),
              width, sink);
  for (std::size_t i = 0; i < view.copies.size(); ++i) {
    const Article& copy = view.copies[i];
    std::string line = handle_at(handles, i + 1);
    line +=
        (line.empty() ? "" : "  ") + (copy.date ? format_day(*copy.date) : std::string("undated"));
    if (!copy.source.empty()) line += "  " + copy.source;
    line += "  " + (copy.title.empty() ? escape_bytes(copy.id) : copy.title);
    sink.print("{:<{}}{}\n", "", kLabelWidth, truncate_to(line, width - kLabelWidth));
  }
}

// Each paragraph wrapped and indented, a blank line between paragraphs.
void print_body(const std::string& body, std::size_t width, Sink& sink) {
  std::size_t start = 0;
  while (start < body.size()) {
    const std::size_t end = std::min(body.find('\n', start), body.size());
    const std::string_view paragraph = std::string_view(body).substr(start, end - start);
    start = end + 1;
    if (paragraph.find_first_not_of(" \t") == std::string_view::npos) continue;
    sink.print("\n");
    for (const std::string& line : wrap(paragraph, width - kBodyIndent, 0))
      sink.print("{:<{}}{}\n", "", kBodyIndent, line);
  }
}

} // namespace

void print_article_text(const ArticleView& view, const std::vector<std::string>& handles,
                        unsigned columns, Sink& sink) {
  const std::size_t width = std::max<std::size_t>(columns, kLabelWidth + 20);
  const Article& a = view.article;
  sink.print("article {}\n", handle_at(handles, 0));
  for (ArticleField field : kArticleViewFields) {
    switch (field) {
    case ArticleField::DateSource: // beside the date
    case ArticleField::Record:     // after the path
    case ArticleField::Body:       // below
      break;
    case ArticleField::Entities:
      print_entities(a.entities, width, sink);
      break;
    default:
      print_field(spec(field).name, field_value(a, field), width, sink);
    }
  }
  print_copies(view, handles, width, sink);
  print_body(a.body, width, sink);
}

} // namespace news
