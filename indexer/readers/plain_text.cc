#include "indexer/readers/plain_text.hh"

#include "common/article_fields.hh"
#include "common/ascii.hh"

#include <cctype>
#include <optional>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/dateline_date.hh"
#include "indexer/readers/metadata_date.hh"

namespace news {
namespace {

// Splits off the next line; `rest` moves past it.
std::string_view next_line(std::string_view& rest) {
  size_t end = rest.find('\n');
  std::string_view line = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  return line;
}

struct HeaderLine {
  ArticleField field;
  std::string_view value;
};

// `Key: value` for a field the table lets a header set, else nullopt.
std::optional<HeaderLine> parse_header_line(std::string_view line) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view name = trim(line.substr(0, colon));
  for (const ArticleFieldSpec& s : kArticleFields)
    if (s.header && iequals(name, s.name)) return HeaderLine{s.field, trim(line.substr(colon + 1))};
  return std::nullopt;
}

void apply_header(Article& article, const HeaderLine& header, ParsedFile& out) {
  std::string value(header.value);
  if (header.field != ArticleField::Date)
    article.*spec(header.field).text = value;
  else
    set_metadata_date(article, parse_date(value), std::nullopt, out, value, "Date header");
}

// Reads the header block if the text starts with one: consecutive header
// lines ended by a blank line. Returns the text after it (or all the text).
std::string_view read_header_block(std::string_view text, Article& article, ParsedFile& out) {
  std::string_view rest = text;
  std::vector<HeaderLine> headers;
  while (!rest.empty()) {
    std::string_view line = next_line(rest);
    if (trim(line).empty()) break;
    auto header = parse_header_line(line);
    if (!header) return text; // not a header block: the text starts with the article
    headers.push_back(*header);
  }
  if (headers.empty()) return text;
  for (const HeaderLine& header : headers)
    apply_header(article, header, out);
  return rest;
}

} // namespace

void read_plain_text(std::string_view text, ParsedFile& out) {
  Article article;
  std::string_view rest = read_header_block(text, article, out);
  if (article.title.empty()) {
    while (!rest.empty() && article.title.empty())
      article.title = std::string(trim(next_line(rest)));
  }
  article.body = tidy_body(rest);
  if (!article.date) { // a wire's dateline: `LONDON, March 28, 2024 (Reuters) - ...`
    article.date = date_from_dateline(article.body.substr(0, article.body.find('\n')));
    if (article.date) article.date_source = DateSource::Text;
  }
  if (article.title.empty() && article.body.empty())
    out.fail(std::nullopt, "no text in file");
  else
    out.emit(std::move(article));
}

} // namespace news
