#include "indexer/readers/html_text.hh"

#include <array>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/markup_limits.hh"

namespace news {
namespace {

// Furniture and non-text elements whose content is never article text.
constexpr std::array<std::string_view, 17> kSkipped = {
    "script", "style",  "noscript", "nav",      "header", "footer", "aside",  "form", "iframe",
    "svg",    "button", "select",   "template", "object", "figure", "canvas", "head"};

// Elements that start and end a paragraph.
constexpr std::array<std::string_view, 30> kBlocks = {
    "p",       "div",        "section", "article", "main",    "h1",     "h2", "h3",
    "h4",      "h5",         "h6",      "li",      "ul",      "ol",     "dl", "dt",
    "dd",      "blockquote", "pre",     "br",      "tr",      "table",  "hr", "figcaption",
    "address", "body",       "html",    "center",  "summary", "details"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

class TextCollector {
public:
  explicit TextCollector(const std::function<bool(const xmlNode*)>* leave_out = nullptr)
      : leave_out_(leave_out) {}

  void visit(const xmlNode* node) {
    for (; node != nullptr; node = node->next)
      visit_one(node);
  }

  // Paragraphs joined by '\n', spaces collapsed inside each.
  std::string finish() {
    end_paragraph();
    return std::move(text_);
  }

private:
  void visit_one(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) current_ += reinterpret_cast<const char*>(node->content);
      return;
    }
    if (node->type != XML_ELEMENT_NODE) return;
    const std::string_view name = element_name(node);
    if (contains(kSkipped, name)) return;
    if (leave_out_ != nullptr && (*leave_out_)(node)) return;
    const bool block = contains(kBlocks, name);
    if (block)
      end_paragraph();
    else if (name == "td" || name == "th")
      current_ += ' ';
    visit(node->children);
    if (block) end_paragraph();
  }

  void end_paragraph() {
    std::string paragraph = collapse_spaces(current_);
    current_.clear();
    if (paragraph.empty()) return;
    if (!text_.empty()) text_ += '\n';
    text_ += paragraph;
  }

  const std::function<bool(const xmlNode*)>* leave_out_;
  std::string text_;
  std::string current_;
};

void free_document(_xmlDoc* doc) { xmlFreeDoc(doc); }

} // namespace

HtmlDocument parse_html(std::string_view html) {
  // libxml2 checks each attribute against all before it: quadratic.
  if (too_many_attributes(html)) return HtmlDocument(nullptr, free_document);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT;
  // The reader already made the text UTF-8, whatever the page's <meta charset> says.
  return HtmlDocument(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options),
      free_document);
}

std::string element_text(const xmlNode* node) {
  TextCollector collector;
  if (node != nullptr) collector.visit(node->children);
  return collector.finish();
}

std::string element_text(const xmlNode* node,
                         const std::function<bool(const xmlNode*)>& leave_out) {
  TextCollector collector(&leave_out);
  if (node != nullptr) collector.visit(node->children);
  return collector.finish();
}

bool is_skipped_element(std::string_view name) { return contains(kSkipped, name); }

bool is_block_element(std::string_view name) { return contains(kBlocks, name); }

std::string html_fragment_to_text(std::string_view html) {
  HtmlDocument doc = parse_html(escape_text_brackets(html));
  if (!doc) return {};
  TextCollector collector;
  collector.visit(xmlDocGetRootElement(doc.get()));
  return collector.finish();
}

std::string markup_to_text(std::string_view text) {
  return looks_like_html(text) ? html_fragment_to_text(text) : decode_references(text);
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

std::string_view element_name(const xmlNode* node) {
  return node->name == nullptr ? std::string_view{}
                               : std::string_view(reinterpret_cast<const char*>(node->name));
}

} // namespace news
