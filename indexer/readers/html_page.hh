// A saved web page holding one news article.
//
//   title   og:title, else the first <h1>, else <title>
//   date    article:published_time, JSON-LD datePublished, <time datetime>, <meta name="date">
//   author  JSON-LD author, else <meta name="author">
//   url     <link rel="canonical">, else og:url
//   source  og:site_name, else JSON-LD publisher
//   body    the text of <article>, else <main>, else <body>, without furniture
#pragma once

#include <string_view>

#include "indexer/readers/parsed_file.hh"

namespace news {

/** Reads one HTML page into one article; a page without text is an error. */
void read_html_page(std::string_view html, ParsedFile& out);

} // namespace news
