#include "indexer/readers/feed_links.hh"

#include <vector>

#include <libxml/tree.h>
#include <libxml/uri.h>

#include "common/ascii.hh"
#include "indexer/readers/body_text.hh"
#include "indexer/readers/feed_xml.hh"
#include "indexer/readers/html_text.hh"

namespace news {
namespace {

constexpr const char* kRdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

// `reference` against `base` (either may be empty); nullopt when libxml2 cannot.
std::optional<std::string> built_uri(const std::string& reference, const std::string& base) {
  if (base.empty()) return reference;
  xmlChar* uri = xmlBuildURI(reinterpret_cast<const xmlChar*>(reference.c_str()),
                             reinterpret_cast<const xmlChar*>(base.c_str()));
  if (uri == nullptr) return std::nullopt;
  std::string result(reinterpret_cast<const char*>(uri));
  xmlFree(uri);
  return result;
}

// The base in effect at `element`: the xml:base of its ancestors, outermost
// first, each resolved against the one outside it. Feed elements are at most
// four deep (feed, channel, item, link), so this is a few short steps.
std::string base_at(const xmlNode* element) {
  std::vector<std::string> bases;
  for (const xmlNode* node = element; node != nullptr && node->type == XML_ELEMENT_NODE;
       node = node->parent) {
    const std::string written =
        namespaced_attribute(node, "base", reinterpret_cast<const char*>(XML_XML_NAMESPACE));
    std::string base(trim(written));
    if (!base.empty() && base.size() <= kMaxBaseLength) bases.push_back(std::move(base));
  }
  std::string base;
  for (auto at = bases.rbegin(); at != bases.rend(); ++at)
    if (std::optional<std::string> next = built_uri(*at, base)) base = std::move(*next);
  return base;
}

bool is_web_url(std::string_view link) {
  const std::string head = to_lower(link.substr(0, 8));
  return head.starts_with("http://") || head.starts_with("https://");
}

} // namespace

std::string resolve_link(std::string_view link, const xmlNode* element) {
  const std::string written(link);
  if (written.empty()) return written;
  return built_uri(written, base_at(element)).value_or(written);
}

std::string rss_item_link(const xmlNode* item) {
  // <atom:link/> beside <link> has no text: the first <link> with some.
  for (const xmlNode* link : feed_children(item, "link")) {
    const std::string text = collapse_spaces(node_text(link));
    if (!text.empty()) return resolve_link(text, link);
  }
  if (const xmlNode* guid = feed_child(item, "guid")) {
    if (!iequals(trim(attribute(guid, "isPermaLink")), "false")) {
      const std::string link = resolve_link(collapse_spaces(node_text(guid)), guid);
      if (is_web_url(link)) return link;
    }
  }
  return resolve_link(collapse_spaces(namespaced_attribute(item, "about", kRdfNamespace)), item);
}

std::string rss_item_id(const xmlNode* item) {
  std::string id = child_text(item, {"guid"});
  if (id.empty()) id = collapse_spaces(namespaced_attribute(item, "about", kRdfNamespace));
  return id;
}

std::string atom_entry_link(const xmlNode* entry) {
  std::string fallback;
  for (const xmlNode* link : feed_children(entry, "link")) {
    const std::string rel = attribute(link, "rel");
    const std::string href = collapse_spaces(attribute(link, "href"));
    if (rel.empty() || rel == "alternate") return resolve_link(href, link);
    if (fallback.empty()) fallback = resolve_link(href, link);
  }
  return fallback;
}

} // namespace news
