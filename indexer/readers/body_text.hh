// The last step of every reader: an article body as the index and the
// snippets want it, one paragraph per line.
#pragma once

#include <string>
#include <string_view>

namespace news {

/**
 * Strips site furniture (common/boilerplate), then lays the text out as one
 * paragraph per line with single spaces inside. Hard-wrapped text (newswire
 * dumps wrap at ~70 columns and indent paragraphs) is re-flowed: a paragraph
 * starts at a blank or indented line, other line breaks become spaces.
 * Otherwise each non-empty line is a paragraph.
 */
std::string tidy_body(std::string_view text);

/** Collapses runs of white space (no-break spaces too) to one space and trims the ends. */
std::string collapse_spaces(std::string_view text);

/** Cuts UTF-8 text after `max_chars` characters (code points), at a character's start. */
void truncate_utf8(std::string& text, std::size_t max_chars);

} // namespace news
