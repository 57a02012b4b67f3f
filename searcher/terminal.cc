#include "searcher/terminal.hh"

#include <cstdlib>
#include <string>

#include <unicode/uchar.h>

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

std::size_t character_width(unsigned code) {
  if (code >= 0x20 && code < 0x7F) return 1;
  if (code == static_cast<unsigned char>(kHighlightStart) ||
      code == static_cast<unsigned char>(kHighlightEnd))
    return 0;
  const auto category = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(code)));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      (code >= 0x1160 && code <= 0x11FF)) // Hangul vowels, finals
    return 0;
  const int east_asian = u_getIntPropertyValue(static_cast<UChar32>(code), UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t at = 0; at < text.size();) {
    const Utf8Character c = utf8_character_at(text, at);
    width += character_width(c.code);
    at += c.size;
  }
  return width;
}

namespace {

bool highlight_open(std::string_view text) {
  const std::size_t opened = text.rfind(kHighlightStart);
  return opened != std::string_view::npos &&
         text.find(kHighlightEnd, opened) == std::string_view::npos;
}

// How many bytes of `text` from `at` fit in `room` columns, whole characters
// only (zero-width ones after the last that fits go with it).
std::size_t bytes_within(std::string_view text, std::size_t at, std::size_t room) {
  const std::size_t start = at;
  std::size_t columns = 0;
  while (at < text.size()) {
    const Utf8Character c = utf8_character_at(text, at);
    const std::size_t w = character_width(c.code);
    if (columns + w > room) break;
    columns += w;
    at += c.size;
  }
  return at - start;
}

} // namespace

std::string truncate_to(std::string_view text, std::size_t width) {
  if (width == 0 || display_width(text) <= width) return std::string(text);
  std::string out(text.substr(0, bytes_within(text, 0, width - 1)));
  if (highlight_open(out)) out += kHighlightEnd; // never leave a highlight open
  return out + "…";
}

std::string pad_to(std::string_view text, std::size_t width) {
  std::string out = truncate_to(text, width);
  const std::size_t shown = display_width(out);
  return out.append(width > shown ? width - shown : 0, ' ');
}

namespace {

// Lines of at most `width` columns, made word by word. A word wider than a
// line (a run of Chinese or Japanese, which has no spaces) is cut between
// characters, its first piece filling the line it starts on.
class LineFiller {
public:
  LineFiller(std::size_t width, std::size_t max_lines) : width_(width), max_lines_(max_lines) {}

  /** Adds a word; false once the last line allowed is full (and cut with "…"). */
  bool add(std::string_view text) {
    std::string word(text);
    std::size_t word_width = display_width(word);
    for (;;) {
      const std::size_t space = line_.empty() ? 0 : 1;
      if (line_width_ + space + word_width <= width_) {
        append(word, space, word_width);
        return true;
      }
      if (word_width > width_ && line_width_ + space < width_) {
        std::size_t bytes = bytes_within(word, 0, width_ - line_width_ - space);
        if (bytes == 0 && line_.empty()) bytes = utf8_character_at(word, 0).size;
        if (bytes > 0) {
          std::string piece = word.substr(0, bytes), rest = word.substr(bytes);
          if (highlight_open(piece)) {
            piece += kHighlightEnd; // closed at the end of the line, opened again on the next
            rest.insert(0, 1, kHighlightStart);
          }
          append(piece, space, display_width(piece));
          word = std::move(rest);
          word_width = display_width(word);
          if (word.empty()) return true;
        }
      }
      if (!next_line(word)) return false;
    }
  }

  std::vector<std::string> lines() && {
    if (!line_.empty()) lines_.push_back(truncate_to(line_, width_));
    return std::move(lines_);
  }

private:
  void append(std::string_view word, std::size_t space, std::size_t word_width) {
    if (space) line_ += ' ';
    line_ += word;
    line_width_ += space + word_width;
  }

  // Starts a line; on the last line allowed, the line with what follows, cut.
  bool next_line(std::string_view word) {
    if (lines_.size() + 1 == max_lines_) {
      lines_.push_back(truncate_to(line_ + (line_.empty() ? "" : " ") + std::string(word), width_));
      if (!lines_.back().ends_with("…")) lines_.back() += "…";
      line_.clear();
      return false;
    }
    lines_.push_back(std::move(line_));
    line_.clear();
    line_width_ = 0;
    return true;
  }

  std::size_t width_, max_lines_;
  std::vector<std::string> lines_;
  std::string line_;
  std::size_t line_width_ = 0; // display_width(line_), kept as words are added
};

} // namespace

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines) {
  LineFiller filler(width, max_lines);
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (!word.empty() && !filler.add(word)) break;
  }
  return std::move(filler).lines();
}

} // namespace news
