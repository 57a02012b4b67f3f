#include "searcher/terminal.hh"

#include <cstdlib>
#include <string>

#include <sys/ioctl.h>
#include <unistd.h>

#include "common/cli.hh"
#include "common/utf8.hh"
#include "searcher/snippet.hh"

namespace news {

bool use_color(ColorMode mode) {
  switch (mode) {
  case ColorMode::Always:
    return true;
  case ColorMode::Never:
    return false;
  case ColorMode::Auto:
    break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return stdout_is_terminal();
}
namespace {

bool is_mark(char c) { return c == kHighlightStart || c == kHighlightEnd; }

} // namespace

unsigned output_width() {
  winsize size{};
  if (isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 20)
    return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const int value = std::atoi(columns);
    if (value > 20) return static_cast<unsigned>(value);
  }
  return 80; // as man does: text piped on fits a terminal and a mail
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text)
    if (!is_utf8_continuation(c) && !is_mark(c)) ++width;
  return width;
}

std::string truncate_to(std::string_view text, std::size_t width) {
  if (display_width(text) <= width || width == 0) return std::string(text);
  std::string out;
  std::size_t columns = 0;
  bool highlighted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!is_utf8_continuation(c) && !is_mark(c) && ++columns > width - 1) break;
    if (c == kHighlightStart) highlighted = true;
    if (c == kHighlightEnd) highlighted = false;
    out += c;
  }
  if (highlighted) out += kHighlightEnd; // never leave a highlight open
  return out + "…";
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0; // display_width(line), kept as words are added
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const std::size_t word_width = display_width(word);
    if (!line.empty() && line_width + 1 + word_width > width) {
      if (lines.size() + 1 == max_lines) {
        lines.push_back(truncate_to(line + " " + std::string(word), width));
        if (lines.back().ends_with("…") == false) lines.back() += "…";
        return lines;
      }
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(truncate_to(line, width));
  return lines;
}

} // namespace news
