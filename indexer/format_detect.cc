#include "indexer/format_detect.hh"

#include "common/ascii.hh"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "indexer/readers/feed.hh"
#include "indexer/readers/html_text.hh"

namespace news {
namespace {

std::string_view extension_of(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view{} : name.substr(dot + 1);
}

std::optional<InputFormat> format_from_extension(std::string_view file_name) {
  const std::string ext = to_lower(extension_of(file_name));
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::JsonLines;
  if (ext == "json") return InputFormat::Json;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::Html;
  if (ext == "rss" || ext == "atom" || ext == "xml") return InputFormat::Feed;
  if (ext == "txt" || ext == "text") return InputFormat::Text;
  return std::nullopt;
}

std::string_view first_line(std::string_view text) { return text.substr(0, text.find('\n')); }

// `{...}` alone on the first line with more lines after it (or in a `.jsonl`
// file): JSON Lines. A pretty-printed object does not parse line by line.
std::optional<InputFormat> json_kind(std::string_view text,
                                     std::optional<InputFormat> by_extension) {
  if (text.front() == '[') return InputFormat::Json;
  const std::string_view line = first_line(text);
  if (nlohmann::json::accept(line)) {
    const std::string_view rest = text.substr(std::min(text.size(), line.size() + 1));
    const bool more = rest.find_first_not_of(" \t\r\n") != std::string_view::npos;
    return more || by_extension == InputFormat::JsonLines ? InputFormat::JsonLines
                                                          : InputFormat::Json;
  }
  if (nlohmann::json::accept(text)) return InputFormat::Json;
  return std::nullopt;
}

bool has_html_tags(std::string_view text) {
  const std::string head = to_lower(text.substr(0, 8192));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div"})
    if (head.find(tag) != std::string::npos) return true;
  return false;
}

} // namespace

const char* to_string(InputFormat format) {
  switch (format) {
  case InputFormat::JsonLines:
    return "jsonl";
  case InputFormat::Json:
    return "json";
  case InputFormat::Html:
    return "html";
  case InputFormat::Feed:
    return "feed";
  case InputFormat::Text:
    break;
  }
  return "text";
}

std::string feed_format_name(std::string_view text) {
  const std::string_view head = text.substr(0, 4096);
  const std::size_t feed = head.find("<feed");
  return feed != std::string_view::npos && feed < head.find("<rss") && feed < head.find("RDF")
             ? "atom"
             : "rss";
}

InputFormat detect_format(std::string_view text, std::string_view file_name) {
  const std::optional<InputFormat> by_extension = format_from_extension(file_name);
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return by_extension.value_or(InputFormat::Text);
  text.remove_prefix(start);

  if (text.front() == '{' || text.front() == '[') {
    if (auto kind = json_kind(text, by_extension)) return *kind;
    if (by_extension == InputFormat::Json || by_extension == InputFormat::JsonLines)
      return *by_extension; // malformed JSON: its reader says where
  }
  if (text.front() == '<') {
    if (looks_like_feed(text)) return InputFormat::Feed;
    if (has_html_tags(text)) return InputFormat::Html;
    if (by_extension == InputFormat::Feed || by_extension == InputFormat::Html)
      return *by_extension;
    if (looks_like_html(text.substr(0, 4096))) return InputFormat::Html;
  }
  if (by_extension == InputFormat::JsonLines || by_extension == InputFormat::Json)
    return InputFormat::Text; // the content is not JSON at all
  return by_extension.value_or(InputFormat::Text);
}

} // namespace news
