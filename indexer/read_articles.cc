#include "indexer/read_articles.hh"

#include <algorithm>
#include <chrono>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/entity_extractor.hh"
#include "common/text_normalize.hh"
#include "common/utf8.hh"
#include "indexer/format_detect.hh"
#include "indexer/input_problem.hh"
#include "indexer/interrupt.hh"
#include "indexer/path_date.hh"
#include "indexer/readers/body_text.hh"
#include "indexer/readers/encoding.hh"
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

constexpr const char* kNotUtf8 = kNotUtf8Warning;

// The UTF-8 byte-order mark, compared byte by byte (GCC 12 at -O3 warns,
// wrongly, about a string compare on the moved-in string).
void strip_byte_order_mark(std::string& bytes) {
  if (bytes.size() >= 3 && bytes[0] == '\xEF' && bytes[1] == '\xBB' && bytes[2] == '\xBF')
    bytes.erase(0, 3);
}

// Text as the readers want it: UTF-8 without byte-order mark (converted from
// UTF-16, UTF-32 or the declared charset), `\n` line ends.
// In place: a large file in UTF-8 is not copied.
void normalise_text(std::string& bytes, ParsedFile& parsed) {
  if (std::optional<std::string> warning = decode_to_utf8(bytes))
    parsed.warn(std::nullopt, std::move(*warning));
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

// Enough of the file to tell its format by: 64 KiB at least (the binary
// test wants 8 KiB), and in any case the first line with content, whole,
// followed by 32 KiB. Grows by doubling: a long line is scanned a few times only.
std::string_view read_head(InputStream& input) {
  constexpr std::size_t kHeadSize = 1 << 16;
  for (std::size_t size = kHeadSize;; size *= 2) {
    const std::string_view head = input.peek(size);
    if (head.size() < size) return head; // the whole file
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    const std::size_t end =
        start == std::string_view::npos ? start : head.find_first_of("\r\n", start);
    if (end != std::string_view::npos && head.size() - end > kHeadSize / 2) return head;
  }
}

// Whether the file is JSON Lines whichever way the rest of it goes: the
// head says so, and its first line of content is a JSON value on its own
// (detect_format takes a malformed one in a `.jsonl` file as JSON Lines,
// which the whole file, a pretty-printed document, may yet contradict).
bool is_json_lines(std::string_view head, const std::string& file_name) {
  // Copied only when normalise_text would change it: the head holds the
  // first line whole, a record of 42 MB.
  std::string normalised;
  std::string_view text = head;
  if (head.starts_with("\xEF\xBB\xBF") || head.find('\r') != std::string_view::npos ||
      !is_valid_utf8(head)) {
    normalised = head;
    ParsedFile scratch; // its warning is given when the lines are read
    normalise_text(normalised, scratch);
    text = normalised;
  }
  if (detect_format(text, file_name) != InputFormat::JsonLines) return false;
  const std::size_t start = text.find_first_not_of(" \t\n");
  const std::size_t end = text.find('\n', start);
  return end != std::string::npos && nlohmann::json::accept(text.substr(start, end - start));
}

// JSON Lines as they stream in, decoded line by line: a large file is never
// held whole. A line that is not UTF-8 is read as Windows-1252, with one
// warning a file, first as when the file was decoded whole.
void stream_json_lines(InputStream& input, const JsonFieldMap& fields, ParsedFile& parsed) {
  std::string line;
  unsigned line_number = 0;
  bool warned = false;
  while (input.next_line(line)) {
    if (++line_number == 1) strip_byte_order_mark(line);
    if (!is_valid_utf8(line)) {
      if (!warned)
        parsed.problems.insert(parsed.problems.begin(),
                               {RecordProblem::Severity::Warning, std::nullopt, kNotUtf8});
      warned = true;
      line = windows1252_to_utf8(line);
    }
    read_json_line(line, line_number, fields, parsed);
  }
}

// A body past kMaxBodyBytes is cut at its last space or line end within
// the bound (at a character's start if it has none in its second half).
void bound_body(Article& article, ParsedFile& parsed) {
  std::string& body = article.body;
  if (body.size() <= kMaxBodyBytes) return;
  const double megabytes = static_cast<double>(body.size()) / (1024 * 1024);
  std::size_t end = body.find_last_of(" \n", kMaxBodyBytes);
  if (end == std::string::npos || end < kMaxBodyBytes / 2)
    end = utf8_character_start(body, kMaxBodyBytes);
  body.resize(end);
  body.shrink_to_fit();
  parsed.warn(article.record, fmt::format("body of {:.1f} MB indexed up to its first {} MB",
                                          megabytes, kMaxBodyBytes / (1024 * 1024)));
}

// What every article of the file gets as it is read: bounds, provenance,
// id, entities, date; then it goes to `sink`, or to `result`. `in_sink` is true
// while the sink has it: what the sink throws is not a problem of the file.
std::function<void(Article&&)> finisher(const fs::path& file, const std::string& id_path,
                                        InputFormat format, const ReadOptions& options,
                                        const std::function<void(Article&&)>& sink,
                                        FileArticles& result, ParsedFile& parsed, bool& in_sink) {
  return [&file, id_path, format, &options, &sink, &result, &parsed, &in_sink](Article&& article) {
    // A 20 MB title is no title: cut before the entities and the index see it.
    for (std::string* field :
         {&article.title, &article.author, &article.source, &article.dateline, &article.language})
      truncate_utf8(*field, kMaxFieldChars);
    bound_body(article, parsed);
    article.path = file.string();
    article.format = result.format;
    // A file's own article is named by the file; records by their URL.
    if (article.id.empty() && !is_single_article(format)) article.id = article.url;
    if (article.id.empty())
      article.id = article.record ? fmt::format("{}:{}", id_path, *article.record) : id_path;
    // Once the run is interrupted its articles are dropped: no need to analyse them.
    if (options.extract_entities && interrupt_signal() == 0)
      article.entities = extract_entities(article);
    if (!article.date && is_single_article(format)) {
      if (const std::optional<Date> day = date_from_path(id_path)) {
        article.date = day;
        article.date_source = DateSource::Path;
      } else if (options.file_dates) {
        article.date = modification_time(file);
        article.date_source = DateSource::File;
      }
    }
    in_sink = true;
    if (sink)
      sink(std::move(article));
    else
      result.articles.push_back(std::move(article));
    in_sink = false;
  };
}

FileArticles read_file(const fs::path& file, InputStream& input, const ReadOptions& options,
                       const std::function<void(Article&&)>& sink, bool& in_sink) {
  const std::string_view head = read_head(input);
  if (head.empty()) throw InputError(input.gzip() ? "empty after decompression" : "empty file");
  // UTF-16 and UTF-32 have NUL bytes; their byte-order mark says they are text.
  const bool wide = has_wide_byte_order_mark(head);
  if (!wide && looks_binary(head)) throw InputError("binary file (contains NUL bytes); skipped");

  const std::string id_path = path_for_ids(file, input.gzip());
  const std::string file_name = fs::path(id_path).filename().string();
  const std::string gzip_suffix = input.gzip() ? "+gzip" : "";
  FileArticles result;
  ParsedFile parsed;
  if (!wide && is_json_lines(head, file_name)) { // wide text is converted whole
    result.format = to_string(InputFormat::JsonLines) + gzip_suffix;
    parsed.sink =
        finisher(file, id_path, InputFormat::JsonLines, options, sink, result, parsed, in_sink);
    stream_json_lines(input, options.json_fields, parsed);
  } else {
    std::string text = input.rest();
    normalise_text(text, parsed);
    if (is_blank(text)) throw InputError("no text in file");
    const InputFormat format = detect_format(text, file_name);
    result.format =
        (format == InputFormat::Feed ? feed_format_name(text) : to_string(format)) + gzip_suffix;
    parsed.sink = finisher(file, id_path, format, options, sink, result, parsed, in_sink);
    parse(format, text, options, parsed);
  }
  result.hash = input.hash();
  result.count = parsed.count;
  result.problems = std::move(parsed.problems);
  if (parsed.unlisted_warnings + parsed.unlisted_errors > 0)
    result.problems.push_back(
        {RecordProblem::Severity::Warning, std::nullopt,
         fmt::format("{} more problems in this file not listed ({} errors, {} warnings)",
                     parsed.unlisted_warnings + parsed.unlisted_errors, parsed.unlisted_errors,
                     parsed.unlisted_warnings)});
  result.unlisted_errors = parsed.unlisted_errors;
  return result;
}

} // namespace

FileArticles read_articles(const fs::path& file, const ReadOptions& options) {
  return parse_articles(file, InputStream(file, options.max_file_size), options);
}

FileArticles parse_articles(const fs::path& file, InputStream input, const ReadOptions& options,
                            const std::function<void(Article&&)>& sink) {
  // Whatever a reader meets that it did not foresee fails this file only.
  bool in_sink = false;
  try {
    return read_file(file, input, options, sink, in_sink);
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    if (in_sink) throw;
    throw InputError(fmt::format("cannot read this file: {}", e.what()));
  }
}

} // namespace news
