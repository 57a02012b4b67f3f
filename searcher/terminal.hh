// The terminal the text output is shown on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

enum class ColorMode { Auto, Always, Never };

/**
 * Whether to highlight with ANSI escapes: always, never, or (auto) when
 * stdout is a terminal and $NO_COLOR is unset or empty (no-color.org).
 */
bool use_color(ColorMode mode);

/** Columns to fit text output in: the terminal's width, else $COLUMNS, else 80. */
unsigned output_width();

/**
 * Columns a character takes in a terminal: 2 for East Asian wide and
 * full-width ones (Chinese, Japanese, Korean; ICU's UCHAR_EAST_ASIAN_WIDTH),
 * 0 for combining marks, format characters and highlight marks, else 1.
 */
std::size_t character_width(unsigned code);

/** Display columns of UTF-8 text (character_width of each character). */
std::size_t display_width(std::string_view text);

/** Text cut to `width` columns, whole characters, ending in "…" when cut. */
std::string truncate_to(std::string_view text, std::size_t width);

/** Text cut to `width` columns (truncate_to), then padded with spaces to fill them. */
std::string pad_to(std::string_view text, std::size_t width);

/** Words laid out in lines of at most `width` columns; at most `max_lines` (0: any), the last
 * ending in "…" if cut. A word wider than a line (CJK text has no spaces) is cut between
 * characters. */
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines);

} // namespace news
