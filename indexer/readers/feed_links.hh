// An item's link, as feedparser finds it, made absolute by the xml:base in
// effect (on the link, the item, the channel or the feed):
//
//   RSS     <link>'s text; else the <guid> when it is a permalink (isPermaLink
//           is true unless it says false) and an http(s) URL once resolved;
//           else an RSS 1.0 item's rdf:about
//   Atom    <link rel="alternate"> (or without rel), else the first <link>'s href
//
// A link without a base stays as written (a saved feed has no URL of its own).
#pragma once

#include <string>
#include <string_view>

struct _xmlNode;

namespace news {

/** An xml:base longer than this is ignored (no URL is that long): bounded work per item. */
inline constexpr std::size_t kMaxBaseLength = 4096;

/** `link` resolved against the xml:base in effect at `element` and its ancestors
 *  (RFC 3986, with libxml2's xmlBuildURI); as it is when there is none. */
std::string resolve_link(std::string_view link, const _xmlNode* element);

/** The link of an RSS (0.9x, 1.0, 2.0) item. */
std::string rss_item_link(const _xmlNode* item);

/** The id of an RSS item: its <guid>, else its rdf:about (RSS 1.0). */
std::string rss_item_id(const _xmlNode* item);

/** The link of an Atom entry. */
std::string atom_entry_link(const _xmlNode* entry);

} // namespace news
