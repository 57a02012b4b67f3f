#include "indexer/read_articles.hh"

#include <chrono>

#include <fmt/core.h>

#include "common/entity_extractor.hh"
#include "common/text_normalize.hh"
#include "indexer/file_input.hh"
#include "indexer/format_detect.hh"
#include "indexer/input_problem.hh"
#include "indexer/readers/feed.hh"
#include "indexer/readers/html_page.hh"
#include "indexer/readers/json_records.hh"
#include "indexer/readers/plain_text.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

// A NUL byte in the first block is the classic sign of a binary file (grep's test).
bool looks_binary(std::string_view bytes) {
  return bytes.substr(0, 8192).find('\0') != std::string_view::npos;
}

// Text as the readers want it: UTF-8 without byte-order mark, `\n` line ends.
// In place: a large file is not copied.
void normalise_text(std::string& bytes, ParsedFile& parsed) {
  // The UTF-8 byte-order mark, compared byte by byte (GCC 12 at -O3 warns,
  // wrongly, about a string compare on the moved-in string).
  if (bytes.size() >= 3 && bytes[0] == '\xEF' && bytes[1] == '\xBB' && bytes[2] == '\xBF')
    bytes.erase(0, 3);
  if (!is_valid_utf8(bytes)) {
    parsed.warn(std::nullopt, "not valid UTF-8: read as Windows-1252");
    bytes = windows1252_to_utf8(bytes);
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\r') {
      bytes[out++] = bytes[i];
    } else if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') {
      bytes[out++] = '\n'; // a lone CR (old Mac) ends a line too
    }
  }
  bytes.resize(out);
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\n\v\f") == std::string_view::npos;
}

// `/a/b.jsonl.gz` -> `/a/b.jsonl`: the name ids are made from.
std::string path_for_ids(const fs::path& file, bool gzip) {
  std::string path = file.string();
  if (gzip && path.ends_with(".gz")) path.resize(path.size() - 3);
  return path;
}

Date modification_time(const fs::path& file) {
  std::error_code ec;
  const auto written = fs::last_write_time(file, ec);
  if (ec) return Date{};
  const auto system = std::chrono::file_clock::to_sys(written);
  return Date{std::chrono::floor<std::chrono::seconds>(system)};
}

// Runs the reader for the format.
void parse(InputFormat format, std::string_view text, const ReadOptions& options,
           ParsedFile& parsed) {
  std::string feed_kind; // read_feed names it too; feed_format_name already did
  switch (format) {
  case InputFormat::JsonLines:
    read_json_lines(text, options.json_fields, parsed);
    break;
  case InputFormat::Json:
    read_json_document(text, options.json_fields, parsed);
    break;
  case InputFormat::Html:
    read_html_page(text, parsed);
    break;
  case InputFormat::Feed:
    read_feed(text, parsed, feed_kind);
    break;
  case InputFormat::Text: {
    std::vector<std::string> warnings;
    Article article = parse_plain_text(text, warnings);
    for (std::string& warning : warnings)
      parsed.warn(std::nullopt, std::move(warning));
    if (article.title.empty() && article.body.empty())
      parsed.fail(std::nullopt, "no text in file");
    else
      parsed.emit(std::move(article));
    break;
  }
  }
}

bool is_single_article(InputFormat format) {
  return format == InputFormat::Text || format == InputFormat::Html;
}

} // namespace

FileArticles read_articles(const fs::path& file, const ReadOptions& options) {
  return parse_articles(file, read_input(file, options.max_file_size), options);
}

FileArticles parse_articles(const fs::path& file, InputBytes input, const ReadOptions& options,
                            const std::function<void(Article&&)>& sink) {
  if (input.bytes.empty())
    throw InputError(input.gzip ? "empty after decompression" : "empty file");
  if (looks_binary(input.bytes)) throw InputError("binary file (contains NUL bytes); skipped");

  ParsedFile parsed;
  std::string text = std::move(input.bytes);
  normalise_text(text, parsed);
  if (is_blank(text)) throw InputError("no text in file");

  const std::string id_path = path_for_ids(file, input.gzip);
  const InputFormat format = detect_format(text, fs::path(id_path).filename().string());
  FileArticles result;
  const std::string format_name =
      format == InputFormat::Feed ? feed_format_name(text) : to_string(format);
  result.format = format_name + (input.gzip ? "+gzip" : "");
  // Each article is finished (provenance, id, entities, date) as it is read.
  parsed.sink = [&](Article&& article) {
    article.path = file.string();
    article.format = result.format;
    // A file's own article is named by the file; records by their URL.
    if (article.id.empty() && !is_single_article(format)) article.id = article.url;
    if (article.id.empty())
      article.id = article.record ? fmt::format("{}:{}", id_path, *article.record) : id_path;
    if (options.extract_entities) article.entities = extract_entities(article);
    if (!article.date && is_single_article(format)) {
      article.date = modification_time(file);
      article.date_source = DateSource::File;
    }
    if (sink)
      sink(std::move(article));
    else
      result.articles.push_back(std::move(article));
  };
  parse(format, text, options, parsed);
  result.count = parsed.count;
  result.problems = std::move(parsed.problems);
  return result;
}

} // namespace news
