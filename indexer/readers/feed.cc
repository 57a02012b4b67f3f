#include "indexer/readers/feed.hh"

#include <fmt/core.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/feed_author.hh"
#include "indexer/readers/feed_content.hh"
#include "indexer/readers/feed_date.hh"
#include "indexer/readers/feed_links.hh"
#include "indexer/readers/feed_xml.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/markup_limits.hh"
#include "indexer/readers/metadata_date.hh"

namespace news {
namespace {

using XmlDocument = std::unique_ptr<xmlDoc, void (*)(xmlDoc*)>;

// Without XML_PARSE_HUGE, libxml2 keeps its bounds on nesting, text sizes
// and entity loops; without XML_PARSE_NOENT, entities are not substituted
// (entity_expansion_problem bounds what reading the text would expand).
// The text is UTF-8 by now (read_articles decoded the declared charset), so
// the declaration's encoding is ignored: one libxml2 does not know
// (`x-klingon`) would otherwise make it give up on the whole feed.
XmlDocument parse_xml(std::string_view xml) {
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC;
  return XmlDocument(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", options),
      xmlFreeDoc);
}

// Item content: the first of the elements that has text, one paragraph a line.
std::string content_text(const xmlNode* parent, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names)
    for (const xmlNode* element : feed_children(parent, name)) {
      std::string text = tidy_body(feed_content_text(element));
      if (!text.empty()) return text;
    }
  return {};
}

// Titles may carry markup too (Atom type="html"); <media:title> names a picture
// or a video, the item's title only when it has no other.
std::string title_text(const xmlNode* parent) {
  std::string title = child_text(parent, {"title"});
  for (const xmlNode* child = parent->children; title.empty() && child != nullptr;
       child = child->next)
    if (child->type == XML_ELEMENT_NODE && element_name(child) == "title" && in_media_rss(child))
      title = collapse_spaces(node_text(child));
  return collapse_spaces(markup_to_text(title));
}

std::string atom_authors(const xmlNode* entry) {
  std::string joined;
  for (const xmlNode* author : feed_children(entry, "author")) {
    // <name>, else <email>; Atom 0.3's may be text alone.
    std::string name = child_text(author, {"name", "email"});
    if (name.empty() && feed_child(author, "uri") == nullptr) name = author_name(node_text(author));
    if (name.empty()) continue;
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

// The first date of the elements that reads as one; else a warning for the
// first that has any text.
void set_date(const xmlNode* node, std::initializer_list<std::string_view> names, unsigned item,
              Article& article, ParsedFile& out) {
  std::string first;
  for (std::string_view name : names) {
    const std::string text = child_text(node, {name});
    if (text.empty()) continue;
    if (std::optional<Date> date = parse_feed_date(text)) {
      set_metadata_date(article, date, item, out, text);
      return;
    }
    if (first.empty()) first = text;
  }
  if (!first.empty()) set_metadata_date(article, std::nullopt, item, out, first);
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
  article.id = rss_item_id(node);
  article.title = title_text(node);
  article.url = rss_item_link(node);
  article.author = author_name(child_text(node, {"creator", "author"}));
  article.body = content_text(node, {"encoded", "body", "fullitem", "description"});
  article.source = feed_title;
  // The item's own <language> (dc:language) before its channel's.
  article.language = child_text(node, {"language"});
  if (article.language.empty()) article.language = language;
  set_date(node, {"pubDate", "date", "published", "issued", "created", "modified"}, item, article,
           out);
  keep(std::move(article), item, out);
}

void read_atom_entry(const xmlNode* node, unsigned item, const std::string& feed_title,
                     const std::string& language, ParsedFile& out) {
  Article article;
  article.id = child_text(node, {"id"});
  article.title = title_text(node);
  article.url = atom_entry_link(node);
  article.author = atom_authors(node);
  article.body = content_text(node, {"content", "summary"});
  article.source = feed_title;
  // The entry's own xml:lang before the feed's.
  article.language = attribute(node, "lang");
  if (article.language.empty()) article.language = language;
  // Atom 0.3: issued (publication), created, modified.
  set_date(node, {"published", "issued", "created", "updated", "modified"}, item, article, out);
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
    for (const xmlNode* entry : feed_children(root, "entry"))
      read_atom_entry(entry, ++item, feed_title, language, out);
    if (item == 0) out.warn(std::nullopt, "feed has no entries");
    return;
  }
  // RSS 2.0 keeps items in <channel>; RSS 1.0 (RDF) beside it.
  const xmlNode* channel = feed_child(root, "channel");
  const std::string feed_title = channel ? title_text(channel) : std::string{};
  const std::string language = channel ? child_text(channel, {"language"}) : std::string{};
  std::vector<const xmlNode*> items = feed_children(root, "item");
  if (channel != nullptr)
    for (const xmlNode* node : feed_children(channel, "item"))
      items.push_back(node);
  for (const xmlNode* node : items)
    read_rss_item(node, ++item, feed_title, language, out);
  if (item == 0) out.warn(std::nullopt, "feed has no items");
}

} // namespace news
