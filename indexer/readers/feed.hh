// News feeds: RSS 2.0 (also RSS 0.9x and 1.0/RDF) and Atom. Each item or
// entry is one article:
//
//   id      <guid> / <id>
//   title   <title>
//   url     <link> (Atom: <link rel="alternate" href>)
//   date    <pubDate>, <dc:date> / <published>, else <updated>
//   author  <author>, <dc:creator> / <author><name>
//   body    <content:encoded>, else <description> / <content>, else <summary>; HTML made text
//   source  the feed's own <title>
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
