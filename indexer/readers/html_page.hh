// A saved web page holding one news article: its title, date, author, url,
// source and language as page_metadata.hh chooses them (the order of the
// sources is documented there); its body the story content_scoring.hh finds
// (not the first <article>: the element that scores best, with the siblings
// that belong with it), cleaned by content_text.hh, furniture stripped and
// the headline not repeated at its top; a page without any paragraph of text
// gives its <article>, else <main>, else <body>.
#pragma once

#include <string>
#include <string_view>

#include "indexer/readers/parsed_file.hh"

namespace news {

/** Reads one HTML page into one article; a page without text is an error. */
void read_html_page(std::string_view html, ParsedFile& out);

/** Why the body is what it is: the element chosen as the story, with its
 *  score and the siblings that joined it, and the runners-up with theirs
 *  (content_scoring.hh); one per line, for `inspect --explain`. */
std::string explain_html_page(std::string_view html);

} // namespace news
