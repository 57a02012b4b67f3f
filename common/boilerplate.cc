#include "common/boilerplate.hh"

#include "common/ascii.hh"

#include <array>
#include <cctype>
#include <vector>

namespace news {
namespace {

bool istarts_with(std::string_view text, std::string_view start) {
  if (text.size() < start.size()) return false;
  for (size_t i = 0; i < start.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != start[i]) return false;
  return true;
}

// Lines that are furniture wherever they stand (compared case-insensitively
// with the whole trimmed line, trailing punctuation ignored).
constexpr std::array<std::string_view, 4> kWholeLines = {
    "advertisement", "advertising", "sponsored content", "story continues below"};

// Starts of trailer lines (lowercase).
constexpr std::array<std::string_view, 18> kTrailerStarts = {
    "read also",         "read more",    "also read",   "related",    "see also",
    "more on this",      "subscribe to", "sign up for", "sign up to", "share this",
    "follow us",         "click here",   "recommended", "most read",  "more stories",
    "you may also like", "copyright",    "reuter"}; // the newswire sign-off line

bool is_whole_furniture(std::string_view line) {
  while (!line.empty() && std::ispunct(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  for (std::string_view whole : kWholeLines) {
    if (line.size() == whole.size() && istarts_with(line, whole)) return true;
  }
  return false;
}

// A trailer line starts with one of kTrailerStarts, followed by a separator
// (`READ ALSO: ...`) or, when the line does not end like a sentence, by
// anything (`Subscribe to our newsletter`). "Related talks resume today." is
// a sentence of the article and stays.
bool is_trailer_line(std::string_view line) {
  if (line.empty()) return false;
  const char last = line.back();
  const bool ends_like_sentence = last == '.' || last == '!' || last == '?' || last == '"';
  for (std::string_view start : kTrailerStarts) {
    if (!istarts_with(line, start)) continue;
    if (line.size() == start.size()) return true;
    const char next = line[start.size()];
    if (next == ':' || next == '|' || next == '-' || next == '>') return true;
    if (!ends_like_sentence && !std::isalpha(static_cast<unsigned char>(next))) return true;
  }
  return false;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

} // namespace

bool is_furniture_line(std::string_view line) {
  line = trim(line);
  return is_whole_furniture(line) || is_trailer_line(line);
}

std::vector<std::string_view> lines_without_boilerplate(std::string_view body) {
  std::vector<std::string_view> lines = split_lines(body);
  // Drop the trailer: trailing blank and furniture lines.
  while (!lines.empty() && (trim(lines.back()).empty() || is_furniture_line(lines.back())))
    lines.pop_back();
  std::erase_if(lines, [](std::string_view line) { return is_whole_furniture(trim(line)); });
  return lines;
}

std::string strip_boilerplate(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (std::string_view line : lines_without_boilerplate(body)) {
    if (!out.empty()) out += '\n';
    out.append(line);
  }
  return out;
}

} // namespace news
