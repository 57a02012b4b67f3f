// News feeds: RSS 2.0 (also RSS 0.9x and 1.0/RDF) and Atom (1.0 and 0.3),
// read as feedparser, the reference parser, reads them. Each item or entry
// is one article:
//
//   id      <guid>, else rdf:about (RSS 1.0) / <id>
//   title   <title>; <media:title> only when there is no other
//   url     feed_links: <link>, else a permalink <guid>, else rdf:about / <link
//           rel="alternate" href>; resolved against xml:base
//   date    the first that reads (feed_date): <pubDate>, <dc:date>, <published>,
//           <dcterms:issued>, <dcterms:created>, <dcterms:modified> / <published>,
//           <issued>, <created>, <updated>, <modified> (Atom 0.3's among them)
//   author  <dc:creator>, <author> / <author><name>, else <email>: the name, without an email
//           beside it (feed_author)
//   body    feed_content: <content:encoded>, <body>/<xhtml:body>, <fullitem>, else
//           <description> / <content> (html, xhtml, base64...), else <summary>;
//           Media RSS's elements are never the item's
//   source  the feed's own <title>
// A feed without items (entries) is warned about.
#pragma once

#include <string>
#include <string_view>

#include "indexer/readers/parsed_file.hh"

namespace news {

/** Whether the XML text is a feed this reader knows (by its root element). */
bool looks_like_feed(std::string_view text);

/** `atom` for an Atom feed (root `<feed>`), else `rss`. */
std::string feed_format_name(std::string_view text);

/** Reads every item; records are 1-based item numbers. */
void read_feed(std::string_view xml, ParsedFile& out);

} // namespace news
