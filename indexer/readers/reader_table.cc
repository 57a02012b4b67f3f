#include "indexer/readers/reader_table.hh"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "common/ascii.hh"
#include "indexer/readers/feed.hh"
#include "indexer/readers/html_markup.hh"
#include "indexer/readers/html_page.hh"
#include "indexer/readers/json_records.hh"
#include "indexer/readers/plain_text.hh"

namespace news {
namespace {

// `{...}` alone on the first line with more lines after it (or in a `.jsonl`
// file): JSON Lines; malformed JSON in a `.jsonl` file too (its reader says where).
bool sniff_json_lines(const SniffedText& t) {
  if (t.first() != '{') return false;
  if (t.first_line_is_json())
    return t.has_lines_after_first() || t.extension_is(InputFormat::JsonLines);
  return !t.is_json() && t.extension_is(InputFormat::JsonLines);
}

// An array, or an object that parses (a pretty-printed one does not, line by
// line); malformed JSON in a `.json` file.
bool sniff_json(const SniffedText& t) {
  if (t.first() == '[') return true;
  return t.first() == '{' &&
         (t.first_line_is_json() || t.is_json() || t.extension_is(InputFormat::Json));
}

// A feed's root element; markup without HTML tags in a `.rss`, `.atom` or `.xml` file.
bool sniff_feed(const SniffedText& t) {
  if (t.first() != '<') return t.extension_is(InputFormat::Feed);
  return looks_like_feed(t.text()) || (!t.has_html_tags() && t.extension_is(InputFormat::Feed));
}

bool sniff_html(const SniffedText& t) {
  if (t.first() != '<') return t.extension_is(InputFormat::Html);
  return t.has_html_tags() || t.extension_is(InputFormat::Html) ||
         looks_like_html(t.text().substr(0, 4096));
}

bool sniff_text(const SniffedText&) { return true; }

void read_text(std::string_view text, const JsonFieldMap&, ParsedFile& out) {
  read_plain_text(text, out);
}
void read_page(std::string_view text, const JsonFieldMap&, ParsedFile& out) {
  read_html_page(text, out);
}
void read_items(std::string_view text, const JsonFieldMap&, ParsedFile& out) {
  read_feed(text, out);
}

// In the order their sniffs are asked: the first that claims a text reads it.
constexpr std::array kReaders = {
    // format, name, extensions, one article, sniff, read [, read a line [, name from the text]]
    Reader{InputFormat::JsonLines, "jsonl", "jsonl ndjson", false, sniff_json_lines,
           read_json_lines, read_json_line},
    Reader{InputFormat::Json, "json", "json", false, sniff_json, read_json_document},
    Reader{InputFormat::Feed, "feed", "rss atom xml", false, sniff_feed, read_items, nullptr,
           feed_format_name},
    Reader{InputFormat::Html, "html", "html htm xhtml", true, sniff_html, read_page},
    Reader{InputFormat::Text, "text", "txt text", true, sniff_text, read_text},
};

std::string_view extension_of(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view{} : name.substr(dot + 1);
}

bool lists(std::string_view extensions, std::string_view ext) {
  while (!extensions.empty()) {
    const std::size_t space = extensions.find(' ');
    if (extensions.substr(0, space) == ext) return true;
    if (space == std::string_view::npos) break;
    extensions.remove_prefix(space + 1);
  }
  return false;
}

std::optional<InputFormat> format_from_extension(std::string_view file_name) {
  const std::string ext = to_lower(extension_of(file_name));
  if (ext.empty()) return std::nullopt;
  for (const Reader& reader : kReaders)
    if (lists(reader.extensions, ext)) return reader.format;
  return std::nullopt;
}

std::string_view first_line(std::string_view text) { return text.substr(0, text.find('\n')); }

} // namespace

SniffedText::SniffedText(std::string_view text, std::string_view file_name)
    : text_(text.substr(text.find_first_not_of(" \t\r\n"))),
      by_extension_(format_from_extension(file_name)) {}

bool SniffedText::first_line_is_json() const {
  if (!first_line_is_json_) first_line_is_json_ = nlohmann::json::accept(first_line(text_));
  return *first_line_is_json_;
}

bool SniffedText::has_lines_after_first() const {
  const std::string_view rest = text_.substr(std::min(text_.size(), first_line(text_).size() + 1));
  return rest.find_first_not_of(" \t\r\n") != std::string_view::npos;
}

bool SniffedText::is_json() const {
  if (!is_json_) is_json_ = nlohmann::json::accept(text_);
  return *is_json_;
}

bool SniffedText::has_html_tags() const {
  if (!has_html_tags_) {
    const std::string head = to_lower(text_.substr(0, 8192));
    has_html_tags_ = false;
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div"})
      if (head.find(tag) != std::string::npos) has_html_tags_ = true;
  }
  return *has_html_tags_;
}

std::span<const Reader> readers() { return kReaders; }

const Reader& reader_of(InputFormat format) {
  return *std::find_if(kReaders.begin(), kReaders.end(),
                       [format](const Reader& reader) { return reader.format == format; });
}

const char* to_string(InputFormat format) { return reader_of(format).name; }

const Reader& detect_reader(std::string_view text, std::string_view file_name) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return reader_of(format_from_extension(file_name).value_or(InputFormat::Text));
  const SniffedText sniffed(text, file_name);
  for (const Reader& reader : kReaders)
    if (reader.sniff(sniffed)) return reader;
  return reader_of(InputFormat::Text);
}

InputFormat detect_format(std::string_view text, std::string_view file_name) {
  return detect_reader(text, file_name).format;
}

} // namespace news
