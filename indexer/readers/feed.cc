#include "indexer/readers/feed.hh"

#include <fmt/core.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/feed_date.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/markup_limits.hh"
#include "indexer/readers/metadata_date.hh"

namespace news {
namespace {

using XmlDocument = std::unique_ptr<xmlDoc, void (*)(xmlDoc*)>;

// Without XML_PARSE_HUGE, libxml2 keeps its bounds on nesting, text sizes
// and entity loops; without XML_PARSE_NOENT, entities are not substituted
// (entity_expansion_problem bounds what reading the text would expand).
XmlDocument parse_xml(std::string_view xml) {
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  return XmlDocument(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", options),
      xmlFreeDoc);
}

std::vector<const xmlNode*> children_named(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> found;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next)
    if (child->type == XML_ELEMENT_NODE && element_name(child) == name) found.push_back(child);
  return found;
}

const xmlNode* child_named(const xmlNode* parent, std::string_view name) {
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next)
    if (child->type == XML_ELEMENT_NODE && element_name(child) == name) return child;
  return nullptr;
}

std::string raw_text(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

// The text of the first child with one of the names, white space collapsed.
std::string child_text(const xmlNode* parent, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    std::string text = collapse_spaces(raw_text(child_named(parent, name)));
    if (!text.empty()) return text;
  }
  return {};
}

// Item content is usually escaped HTML; make it paragraphs of text.
std::string content_text(const xmlNode* parent, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    const std::string raw = raw_text(child_named(parent, name));
    if (raw.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    return tidy_body(markup_to_text(raw));
  }
  return {};
}

// Titles may carry markup too (Atom type="html").
std::string title_text(const xmlNode* parent) {
  const std::string title = child_text(parent, {"title"});
  return collapse_spaces(markup_to_text(title));
}

std::string atom_link(const xmlNode* entry) {
  std::string fallback;
  for (const xmlNode* link : children_named(entry, "link")) {
    const std::string rel = attribute(link, "rel");
    if (rel.empty() || rel == "alternate") return attribute(link, "href");
    if (fallback.empty()) fallback = attribute(link, "href");
  }
  return fallback;
}

std::string atom_authors(const xmlNode* entry) {
  std::string joined;
  for (const xmlNode* author : children_named(entry, "author")) {
    std::string name = child_text(author, {"name"});
    if (name.empty()) name = collapse_spaces(raw_text(author));
    if (name.empty()) continue;
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

void set_date(const std::string& text, unsigned item, Article& article, ParsedFile& out) {
  if (!text.empty()) set_metadata_date(article, parse_feed_date(text), item, out, text);
}

void keep(Article article, unsigned item, ParsedFile& out) {
  if (article.title.empty() && article.body.empty()) {
    out.warn(item, "feed item has neither title nor content; skipped");
    return;
  }
  article.record = item;
  out.emit(std::move(article));
}

void read_rss_item(const xmlNode* node, unsigned item, const std::string& feed_title,
                   const std::string& language, ParsedFile& out) {
  Article article;
  article.id = child_text(node, {"guid"});
  article.title = title_text(node);
  article.url = child_text(node, {"link"});
  article.author = child_text(node, {"creator", "author"});
  article.body = content_text(node, {"encoded", "description"});
  article.source = feed_title;
  article.language = language;
  set_date(child_text(node, {"pubDate", "date", "published"}), item, article, out);
  keep(std::move(article), item, out);
}

void read_atom_entry(const xmlNode* node, unsigned item, const std::string& feed_title,
                     const std::string& language, ParsedFile& out) {
  Article article;
  article.id = child_text(node, {"id"});
  article.title = title_text(node);
  article.url = atom_link(node);
  article.author = atom_authors(node);
  article.body = content_text(node, {"content", "summary"});
  article.source = feed_title;
  article.language = language;
  set_date(child_text(node, {"published", "updated", "issued"}), item, article, out);
  keep(std::move(article), item, out);
}

} // namespace

bool looks_like_feed(std::string_view text) {
  // The root element's name within the first few kilobytes is enough.
  const std::string_view head = text.substr(0, 4096);
  for (std::string_view root : {"<rss", "<feed", "<rdf:RDF", "<RDF"}) {
    const std::size_t at = head.find(root);
    if (at != std::string_view::npos && at + root.size() < head.size()) {
      const char next = head[at + root.size()];
      if (next == ' ' || next == '>' || next == '\n' || next == '\r' || next == '\t') return true;
    }
  }
  return false;
}

std::string feed_format_name(std::string_view text) {
  const std::string_view head = text.substr(0, 4096);
  const std::size_t feed = head.find("<feed");
  return feed != std::string_view::npos && feed < head.find("<rss") && feed < head.find("RDF")
             ? "atom"
             : "rss";
}

void read_feed(std::string_view xml, ParsedFile& out) {
  if (std::optional<std::string> problem = too_many_attributes(xml)) {
    out.fail(std::nullopt, std::move(*problem));
    return;
  }
  // HTML's named references (`&eacute;`) and bare `&` in URLs, which the
  // XML parser would drop, made XML first.
  const std::optional<std::string> prepared = xml_with_html_references(xml);
  XmlDocument doc = parse_xml(prepared ? std::string_view(*prepared) : xml);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) {
    out.fail(std::nullopt, "not a well-formed XML feed");
    return;
  }
  if (std::optional<std::string> problem = entity_expansion_problem(doc.get(), xml.size())) {
    out.fail(std::nullopt, std::move(*problem));
    return;
  }
  unsigned item = 0;
  if (element_name(root) == "feed") {
    const std::string feed_title = title_text(root);
    const std::string language = attribute(root, "lang");
    for (const xmlNode* entry : children_named(root, "entry"))
      read_atom_entry(entry, ++item, feed_title, language, out);
    return;
  }
  // RSS 2.0 keeps items in <channel>; RSS 1.0 (RDF) beside it.
  const xmlNode* channel = child_named(root, "channel");
  const std::string feed_title = channel ? title_text(channel) : std::string{};
  const std::string language = channel ? child_text(channel, {"language"}) : std::string{};
  std::vector<const xmlNode*> items = children_named(root, "item");
  if (channel != nullptr)
    for (const xmlNode* node : children_named(channel, "item"))
      items.push_back(node);
  for (const xmlNode* node : items)
    read_rss_item(node, ++item, feed_title, language, out);
  if (item == 0) out.warn(std::nullopt, "feed has no items");
}

} // namespace news
