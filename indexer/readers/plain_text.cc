#include "indexer/readers/plain_text.hh"

#include "common/ascii.hh"

#include <array>
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

enum class HeaderKey { Title, Date, Source, Url, Author, Language };

struct HeaderLine {
  HeaderKey key;
  std::string_view value;
};

// `Key: value` for one of the known keys, else nullopt.
std::optional<HeaderLine> parse_header_line(std::string_view line) {
  static constexpr std::array<std::pair<std::string_view, HeaderKey>, 6> keys = {{
      {"title", HeaderKey::Title},
      {"date", HeaderKey::Date},
      {"source", HeaderKey::Source},
      {"url", HeaderKey::Url},
      {"author", HeaderKey::Author},
      {"language", HeaderKey::Language},
  }};
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view name = trim(line.substr(0, colon));
  for (const auto& [key_name, key] : keys)
    if (iequals(name, key_name)) return HeaderLine{key, trim(line.substr(colon + 1))};
  return std::nullopt;
}

void apply_header(Article& article, const HeaderLine& header, ParsedFile& out) {
  std::string value(header.value);
  switch (header.key) {
  case HeaderKey::Title:
    article.title = value;
    break;
  case HeaderKey::Date:
    set_metadata_date(article, parse_date(value), std::nullopt, out, value, "Date header");
    break;
  case HeaderKey::Source:
    article.source = value;
    break;
  case HeaderKey::Url:
    article.url = value;
    break;
  case HeaderKey::Author:
    article.author = value;
    break;
  case HeaderKey::Language:
    article.language = value;
    break;
  }
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
