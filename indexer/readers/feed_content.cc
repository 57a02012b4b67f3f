#include "indexer/readers/feed_content.hh"

#include <libxml/tree.h>

#include "common/ascii.hh"
#include "common/utf8.hh"
#include "indexer/readers/base64.hh"
#include "indexer/readers/feed_xml.hh"
#include "indexer/readers/html_text.hh"

namespace news {
namespace {

bool has_child_elements(const xmlNode* element) {
  for (const xmlNode* child = element->children; child != nullptr; child = child->next)
    if (child->type == XML_ELEMENT_NODE) return true;
  return false;
}

// Atom 1.0 (RFC 4287, 4.1.3.3): content of a type that is neither text nor XML is base64.
bool is_base64_type(std::string_view type) {
  if (type.empty() || type == "text" || type == "html" || type == "xhtml") return false;
  return !type.starts_with("text/") && !type.ends_with("/xml") && !type.ends_with("+xml");
}

} // namespace

std::string feed_content_text(const xmlNode* element) {
  const std::string type = to_lower(trim(attribute(element, "type")));
  const std::string mode = to_lower(trim(attribute(element, "mode")));
  if (mode == "base64" || (mode.empty() && is_base64_type(type))) {
    const std::optional<std::string> decoded = decode_base64(node_text(element));
    if (!decoded || !is_valid_utf8(*decoded) || decoded->find('\0') != std::string::npos) return {};
    return markup_to_text(*decoded);
  }
  if (has_child_elements(element)) return element_text(element);
  return markup_to_text(node_text(element));
}

} // namespace news
