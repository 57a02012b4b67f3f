// A saved web page holding one news article.
//
//   title   og:title, else the first <h1>, else <title>
//   date    article:published_time, JSON-LD datePublished, <time datetime>, <meta name="date">
//   author  JSON-LD author, else <meta name="author">
//   url     <link rel="canonical">, else og:url
//   source  og:site_name, else JSON-LD publisher
//   body    the text of <article>, else <main>, else <body>, without furniture
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
