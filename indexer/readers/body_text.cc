#include "indexer/readers/body_text.hh"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/boilerplate.hh"
#include "common/utf8.hh"

namespace news {
namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

constexpr std::string_view kNoBreakSpace = "\xC2\xA0"; // &nbsp; in UTF-8

bool is_blank(std::string_view line) { return std::all_of(line.begin(), line.end(), is_space); }

// Newswire dumps wrap lines at a fixed width: nearly every line is short.
bool looks_hard_wrapped(const std::vector<std::string_view>& lines) {
  constexpr std::size_t kWrapWidth = 80;
  std::size_t non_blank = 0, short_lines = 0;
  for (std::string_view line : lines) {
    if (is_blank(line)) continue;
    ++non_blank;
    if (line.size() <= kWrapWidth) ++short_lines;
  }
  return non_blank >= 4 && short_lines * 10 >= non_blank * 9;
}

} // namespace

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool nbsp = text.substr(i, 2) == kNoBreakSpace;
    if (is_space(text[i]) || nbsp) {
      pending_space = !out.empty();
      i += nbsp ? 1 : 0;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i];
  }
  return out;
}

std::string tidy_body(std::string_view text) {
  const std::vector<std::string_view> lines = lines_without_boilerplate(text);
  const bool reflow = looks_hard_wrapped(lines);
  // Written straight into the result, spaces collapsed as they go: a body of
  // 42 MB is not also held as a stripped copy and a list of paragraphs.
  std::string out;
  out.reserve(text.size());
  bool in_paragraph = false, pending_space = false;
  auto add = [&](std::string_view part) {
    for (std::size_t i = 0; i < part.size(); ++i) {
      const bool nbsp = part.substr(i, 2) == kNoBreakSpace;
      if (is_space(part[i]) || nbsp) {
        pending_space = in_paragraph;
        i += nbsp ? 1 : 0;
        continue;
      }
      if (!in_paragraph && !out.empty()) out += '\n';
      if (in_paragraph && pending_space) out += ' ';
      in_paragraph = true;
      pending_space = false;
      out += part[i];
    }
  };
  for (std::string_view line : lines) {
    const bool starts_paragraph = is_blank(line) || !reflow || is_space(line.front());
    if (starts_paragraph) in_paragraph = false;
    pending_space = in_paragraph; // the line break, within a re-flowed paragraph
    add(line);
  }
  return out;
}

void truncate_utf8(std::string& text, std::size_t max_chars) {
  if (text.size() <= max_chars) return; // no more bytes than characters allowed
  std::size_t chars = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (is_utf8_continuation(text[at])) continue;
    if (chars++ == max_chars) {
      text.resize(at);
      return;
    }
  }
}

} // namespace news
