#include "indexer/read_articles.hh"

#include <algorithm>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/text_normalize.hh"
#include "common/utf8.hh"
#include "indexer/readers/body_text.hh"
#include "indexer/readers/encoding.hh"
#include "indexer/readers/reader_table.hh"

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

// Enough of the file to tell its format by: 64 KiB at least (the binary
// test wants 8 KiB), and in any case the first line with content, whole,
// followed by 32 KiB. Grows by doubling: a long line is scanned a few times
// only; never past the size limit (a first line over it is no line then).
std::string_view read_head(InputStream& input) {
  constexpr std::size_t kHeadSize = 1 << 16;
  for (std::size_t size = kHeadSize;; size *= 2) {
    const std::string_view head = input.peek(size);
    if (head.size() < size || size > input.max_size()) return head; // the whole file
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    const std::size_t end =
        start == std::string_view::npos ? start : head.find_first_of("\r\n", start);
    if (end != std::string_view::npos && head.size() - end > kHeadSize / 2) return head;
  }
}

// The reader of a file read line by line (JSON Lines) whichever way the
// rest of it goes: the head asks for it, and its first line of content is
// a JSON value on its own (detect_reader takes a malformed one in a `.jsonl`
// file as JSON Lines, which the whole file, a pretty-printed document, may
// yet contradict). Null when the file is to be read whole.
const Reader* line_reader(std::string_view head, const std::string& file_name) {
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
  const Reader& reader = detect_reader(text, file_name);
  if (reader.read_line == nullptr) return nullptr;
  const std::size_t start = text.find_first_not_of(" \t\n");
  const std::size_t end = text.find('\n', start);
  const bool whole_line = end != std::string::npos;
  return whole_line && nlohmann::json::accept(text.substr(start, end - start)) ? &reader : nullptr;
}

// The next line, or the problem of one over the size limit (skipped).
bool next_line(InputStream& input, std::string& line, unsigned& line_number, ParsedFile& parsed) {
  for (;;) {
    try {
      return input.next_line(line);
    } catch (const LongLine& e) {
      parsed.fail(++line_number, e.what());
    }
  }
}

// JSON Lines as they stream in, decoded line by line: a large file is never
// held whole, nor is a line over the size limit. A line that is not UTF-8 is
// read as Windows-1252, with one warning a file, first as when the file was
// decoded whole.
void stream_lines(const Reader& reader, InputStream& input, const JsonFieldMap& fields,
                  ParsedFile& parsed) {
  std::string line;
  unsigned line_number = 0;
  bool warned = false;
  while (next_line(input, line, line_number, parsed)) {
    if (++line_number == 1) strip_byte_order_mark(line);
    if (!is_valid_utf8(line)) {
      if (!warned)
        parsed.problems.insert(parsed.problems.begin(),
                               {Problem::Severity::Warning, {}, std::nullopt, kNotUtf8});
      warned = true;
      line = windows1252_to_utf8(line);
    }
    reader.read_line(line, line_number, fields, parsed);
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

// What every article of the file gets as it is read: its fields bounded;
// then it goes to `sink`, or to `result`. `in_sink` is true while the sink
// has it: what the sink throws is not a problem of the file.
std::function<void(Article&&)> finisher(const ArticleSink& sink, FileArticles& result,
                                        ParsedFile& parsed, bool& in_sink) {
  return [&sink, &result, &parsed, &in_sink](Article&& article) {
    // A 20 MB title is no title: cut before the entities and the index see it.
    for (std::string* field :
         {&article.title, &article.author, &article.source, &article.dateline, &article.language})
      truncate_utf8(*field, kMaxFieldChars);
    bound_body(article, parsed);
    in_sink = true;
    if (sink)
      sink(std::move(article), result.source);
    else
      result.articles.push_back(std::move(article));
    in_sink = false;
  };
}

FileArticles read_file(const fs::path& file, InputStream& input, const ReadOptions& options,
                       const ArticleSink& sink, bool& in_sink) {
  const std::string_view head = read_head(input);
  if (head.empty()) throw InputError(input.gzip() ? "empty after decompression" : "empty file");
  // UTF-16 and UTF-32 have NUL bytes; their byte-order mark says they are text.
  const bool wide = has_wide_byte_order_mark(head);
  if (!wide && looks_binary(head)) throw InputError("binary file (contains NUL bytes); skipped");

  FileArticles result;
  result.source.path = file;
  result.source.id_path = path_for_ids(file, input.gzip());
  const std::string file_name = fs::path(result.source.id_path).filename().string();
  const std::string gzip_suffix = input.gzip() ? "+gzip" : "";
  ParsedFile parsed;
  parsed.sink = finisher(sink, result, parsed, in_sink);
  // Wide text is converted whole.
  if (const Reader* reader = wide ? nullptr : line_reader(head, file_name)) {
    result.source.format = reader->name + gzip_suffix;
    result.source.one_article = reader->one_article;
    stream_lines(*reader, input, options.json_fields, parsed);
  } else {
    std::string text = input.rest();
    normalise_text(text, parsed);
    if (is_blank(text)) throw InputError("no text in file");
    const Reader& detected = detect_reader(text, file_name);
    result.source.format = detected.name_for(text) + gzip_suffix;
    result.source.one_article = detected.one_article;
    detected.read(text, options.json_fields, parsed);
  }
  result.hash = input.hash();
  result.count = parsed.count;
  result.problems = std::move(parsed.problems);
  if (const unsigned unlisted = parsed.unlisted_warnings + parsed.unlisted_errors; unlisted > 0)
    result.problems.push_back(
        {Problem::Severity::Warning,
         {},
         std::nullopt,
         fmt::format("{} more problems in this file not listed ({} errors, {} warnings)", unlisted,
                     parsed.unlisted_errors, parsed.unlisted_warnings)});
  for (Problem& problem : result.problems)
    problem.path = file.string();
  result.unlisted_errors = parsed.unlisted_errors;
  return result;
}

} // namespace

InputError unforeseen_error(const std::exception& e) {
  return InputError(fmt::format("cannot read this file: {}", e.what()));
}

FileArticles read_articles(const fs::path& file, const ReadOptions& options) {
  return parse_articles(file, InputStream(file, options.max_file_size), options);
}

FileArticles parse_articles(const fs::path& file, InputStream input, const ReadOptions& options,
                            const ArticleSink& sink) {
  // Whatever a reader meets that it did not foresee fails this file only.
  bool in_sink = false;
  try {
    return read_file(file, input, options, sink, in_sink);
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    if (in_sink) throw;
    throw unforeseen_error(e);
  }
}

} // namespace news
