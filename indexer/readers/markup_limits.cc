#include "indexer/readers/markup_limits.hh"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>

#include <fmt/core.h>
#include <libxml/entities.h>
#include <libxml/tree.h>

namespace news {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Counts the attributes of the tag whose name starts at `at`, up to its
// `>`; `at` is left after it (or at the end).
std::size_t count_attributes(std::string_view text, std::size_t& at) {
  while (at < text.size() && !is_space(text[at]) && text[at] != '>' && text[at] != '/')
    ++at; // the tag's name
  std::size_t count = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (c == '>') {
      ++at;
      break;
    }
    if (is_space(c) || c == '/') {
      ++at;
      continue;
    }
    if (c == '=') { // a value
      ++at;
      while (at < text.size() && is_space(text[at]))
        ++at;
      if (at < text.size() && (text[at] == '"' || text[at] == '\'')) {
        const std::size_t close = text.find(text[at], at + 1);
        at = close == std::string_view::npos ? text.size() : close + 1;
      } else {
        while (at < text.size() && !is_space(text[at]) && text[at] != '>')
          ++at;
      }
      continue;
    }
    ++count; // a name
    while (at < text.size() && !is_space(text[at]) && text[at] != '=' && text[at] != '>' &&
           text[at] != '/')
      ++at;
  }
  return count;
}

// The bytes entities expand to, each entity measured once (a reference
// costs what its entity expands to). Saturates just over the budget; a
// loop or a chain deeper than libxml2 itself allows counts as over it.
class ExpansionMeter {
public:
  ExpansionMeter(const xmlDoc* doc, std::size_t budget) : doc_(doc), budget_(budget) {}

  std::size_t over() const { return budget_ + 1; }

  std::size_t add(std::size_t a, std::size_t b) const { return std::min(a + b, over()); }

  // What an entity's replacement text comes to.
  std::size_t entity(const xmlEntity* declared, int depth = 0) {
    if (declared == nullptr || declared->content == nullptr) return 0;
    if (declared->etype == XML_INTERNAL_PREDEFINED_ENTITY) return 1;
    if (declared->etype != XML_INTERNAL_GENERAL_ENTITY) return 0; // external: never loaded
    auto [it, added] = sizes_.try_emplace(declared, over());      // over() while in progress
    if (!added) return it->second;
    if (depth > kMaxDepth) return over();
    const std::size_t size = text(declared->content, depth + 1);
    sizes_[declared] = size;
    return size;
  }

  // What a replacement text comes to: its bytes, with `&name;` references
  // expanded (character references count as written, which is more).
  std::size_t text(const xmlChar* content, int depth) {
    const std::string_view chars(reinterpret_cast<const char*>(content));
    std::size_t size = 0;
    std::size_t at = 0;
    while (at < chars.size() && size < over()) {
      const std::size_t amp = std::min(chars.find('&', at), chars.size());
      size = add(size, amp - at);
      if (amp == chars.size()) break;
      std::size_t end = amp + 1; // the name, up to `;`: each byte looked at once
      while (end < chars.size() && chars[end] != ';' && chars[end] != '&' && !is_space(chars[end]))
        ++end;
      if (end == chars.size() || chars[end] != ';' || chars[amp + 1] == '#') {
        size = add(size, end - amp);
        at = end;
        continue;
      }
      const std::string name(chars.substr(amp + 1, end - amp - 1));
      size = add(size, entity(xmlGetDocEntity(doc_, reinterpret_cast<const xmlChar*>(name.c_str())),
                              depth));
      at = end + 1;
    }
    return size;
  }

  // The references in an attribute's value.
  std::size_t references(const xmlNode* node) {
    std::size_t size = 0;
    for (; node != nullptr && size < over(); node = node->next)
      if (node->type == XML_ENTITY_REF_NODE)
        size = add(size, entity(xmlGetDocEntity(doc_, node->name)));
    return size;
  }

private:
  static constexpr int kMaxDepth = 40; // libxml2's own bound on nested entities

  const xmlDoc* doc_;
  std::size_t budget_;
  std::unordered_map<const xmlEntity*, std::size_t> sizes_;
};

// The next node in document order, without recursion; entity references
// are not entered (their children are the entity's).
const xmlNode* next_node(const xmlNode* node) {
  if (node->type != XML_ENTITY_REF_NODE && node->children != nullptr) return node->children;
  while (node != nullptr && node->next == nullptr)
    node =
        node->parent != nullptr && node->parent->type != XML_DOCUMENT_NODE ? node->parent : nullptr;
  return node == nullptr ? nullptr : node->next;
}

std::string expansion_message(std::size_t budget) {
  return fmt::format("XML entities expand to more than {} bytes (an entity bomb?); skipped",
                     budget);
}

} // namespace

std::optional<std::string> too_many_attributes(std::string_view markup) {
  for (std::size_t at = markup.find('<'); at != std::string_view::npos; at = markup.find('<', at)) {
    ++at;
    if (markup.substr(at, 3) == "!--") { // a comment is not a tag
      const std::size_t end = markup.find("-->", at + 3);
      if (end == std::string_view::npos) break;
      at = end + 3;
      continue;
    }
    if (at >= markup.size() || !std::isalpha(static_cast<unsigned char>(markup[at]))) continue;
    if (count_attributes(markup, at) > kMaxAttributes)
      return fmt::format("an element has more than {} attributes; skipped", kMaxAttributes);
  }
  return std::nullopt;
}

std::optional<std::string> entity_expansion_problem(const xmlDoc* doc, std::size_t document_size) {
  const std::size_t budget = std::max(kMinEntityExpansionBudget, document_size);
  ExpansionMeter meter(doc, budget);
  // Any one declaration (even one referenced where libxml2 stopped parsing).
  if (doc->intSubset != nullptr)
    for (const xmlNode* decl = doc->intSubset->children; decl != nullptr; decl = decl->next)
      if (decl->type == XML_ENTITY_DECL &&
          meter.entity(reinterpret_cast<const xmlEntity*>(decl)) > budget)
        return expansion_message(budget);
  // All the references together.
  std::size_t total = 0;
  for (const xmlNode* node = xmlDocGetRootElement(doc); node != nullptr; node = next_node(node)) {
    if (node->type == XML_ENTITY_REF_NODE) {
      total = meter.add(total, meter.entity(xmlGetDocEntity(doc, node->name)));
    } else if (node->type == XML_ELEMENT_NODE) {
      for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next)
        total = meter.add(total, meter.references(attr->children));
    }
    if (total > budget) return expansion_message(budget);
  }
  return std::nullopt;
}

} // namespace news
