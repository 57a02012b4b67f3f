// Looking into a parsed feed: an item's child elements by local name (RSS,
// its modules, RDF and Atom alike: `encoded` is <content:encoded>), but never
// Media RSS's: its <media:title>, <media:description> and <media:content>
// describe a picture or a video, not the item.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

struct _xmlNode;

namespace news {

/** Whether an element is in the Media RSS namespace (`http://search.yahoo.com/mrss/`). */
bool in_media_rss(const _xmlNode* element);

/** The child elements with a local name, Media RSS's left out, in order. */
std::vector<const _xmlNode*> feed_children(const _xmlNode* parent, std::string_view name);

/** The first of them, or null. */
const _xmlNode* feed_child(const _xmlNode* parent, std::string_view name);

/** All the text under a node, as it is (empty for null). */
std::string node_text(const _xmlNode* node);

/** The text of the first child with one of the names that has any, white space collapsed. */
std::string child_text(const _xmlNode* parent, std::initializer_list<std::string_view> names);

/** An attribute in a namespace (`xml:base`, `rdf:about`), or empty. */
std::string namespaced_attribute(const _xmlNode* element, const char* name, const char* ns);

} // namespace news
