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

/** Display columns of UTF-8 text (one per code point; highlight marks count none). */
std::size_t display_width(std::string_view text);

/** Text cut to `width` columns, ending in "…" when cut. */
std::string truncate_to(std::string_view text, std::size_t width);

/** Words laid out in lines of at most `width` columns; at most `max_lines`, the last ending in "…"
 * if cut. */
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines);

} // namespace news
