#include "indexer/readers/feed_xml.hh"

#include <libxml/tree.h>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/html_text.hh"

namespace news {

bool in_media_rss(const xmlNode* element) {
  if (element->ns == nullptr || element->ns->href == nullptr) return false;
  const std::string_view href(reinterpret_cast<const char*>(element->ns->href));
  return href.starts_with("http://search.yahoo.com/mrss");
}

namespace {

bool is_named_child(const xmlNode* child, std::string_view name) {
  return child->type == XML_ELEMENT_NODE && element_name(child) == name && !in_media_rss(child);
}

} // namespace

std::vector<const xmlNode*> feed_children(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> found;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next)
    if (is_named_child(child, name)) found.push_back(child);
  return found;
}

const xmlNode* feed_child(const xmlNode* parent, std::string_view name) {
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next)
    if (is_named_child(child, name)) return child;
  return nullptr;
}

std::string node_text(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

std::string child_text(const xmlNode* parent, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    std::string text = collapse_spaces(node_text(feed_child(parent, name)));
    if (!text.empty()) return text;
  }
  return {};
}

std::string namespaced_attribute(const xmlNode* element, const char* name, const char* ns) {
  xmlChar* value = xmlGetNsProp(element, reinterpret_cast<const xmlChar*>(name),
                                reinterpret_cast<const xmlChar*>(ns));
  if (value == nullptr) return {};
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

} // namespace news
