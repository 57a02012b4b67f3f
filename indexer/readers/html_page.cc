#include "indexer/readers/html_page.hh"

#include "common/ascii.hh"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include <fmt/core.h>
#include <libxml/tree.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/body_text.hh"
#include "indexer/readers/content_hints.hh"
#include "indexer/readers/content_scoring.hh"
#include "indexer/readers/content_text.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/json_depth.hh"
#include "indexer/readers/markup_limits.hh"
#include "indexer/readers/metadata_date.hh"

namespace news {
namespace {

using Json = nlohmann::json;

// What one walk over the page finds.
struct PageParts {
  std::map<std::string, std::string> meta; // lowercase property/name -> first content
  std::string canonical;
  std::string title_element;
  std::string first_h1;
  std::string time_datetime;
  std::string language;
  std::vector<Json> json_ld;
  bool json_ld_too_deep = false; // a block nested deeper than kMaxJsonDepth, left out
  const xmlNode* article = nullptr;
  const xmlNode* main = nullptr;
  const xmlNode* body = nullptr;
};

// Meta values are titles, dates, names and URLs: none is longer.
constexpr std::size_t kMaxMetaChars = 8192;

void note_meta(const xmlNode* node, PageParts& parts) {
  std::string key = attribute(node, "property");
  if (key.empty()) key = attribute(node, "name");
  if (key.empty()) key = attribute(node, "itemprop");
  if (key.empty()) key = attribute(node, "http-equiv");
  if (key.empty()) return;
  std::string content = attribute(node, "content");
  truncate_utf8(content, kMaxMetaChars); // a 20 MB og:title is not copied on
  parts.meta.emplace(to_lower(key), collapse_spaces(content));
}

void note_json_ld(const xmlNode* node, PageParts& parts) {
  if (to_lower(attribute(node, "type")) != "application/ld+json") return;
  // Freed however the parse ends.
  const std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(node), xmlFree);
  if (content == nullptr) return;
  try {
    parts.json_ld.push_back(parse_json_bounded(reinterpret_cast<const char*>(content.get())));
  } catch (const Json::exception&) {
    // Malformed JSON-LD (or a number past double) is common: the page has more.
  } catch (const JsonTooDeep&) {
    parts.json_ld_too_deep = true;
  }
}

void walk(const xmlNode* node, PageParts& parts) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = element_name(node);
    if (name == "meta")
      note_meta(node, parts);
    else if (name == "script")
      note_json_ld(node, parts);
    else if (name == "link" && to_lower(attribute(node, "rel")) == "canonical" &&
             parts.canonical.empty())
      parts.canonical = attribute(node, "href");
    else if (name == "title" && parts.title_element.empty())
      parts.title_element = collapse_spaces(element_text(node));
    else if (name == "h1" && parts.first_h1.empty())
      parts.first_h1 = collapse_spaces(element_text(node));
    else if (name == "time" && parts.time_datetime.empty())
      parts.time_datetime = attribute(node, "datetime");
    else if (name == "html")
      parts.language = attribute(node, "lang");
    else if (name == "article" && parts.article == nullptr)
      parts.article = node;
    else if (name == "main" && parts.main == nullptr)
      parts.main = node;
    else if (name == "body" && parts.body == nullptr)
      parts.body = node;
    walk(node->children, parts);
  }
}

// Whether a JSON-LD object is about an article: @type NewsArticle, Article,
// ReportageNewsArticle, BlogPosting... (a string or a list), or article fields.
bool is_article_ld(const Json& json) {
  auto type_is_article = [](const Json& type) {
    if (!type.is_string()) return false;
    const std::string name = type.get<std::string>();
    return name.find("Article") != std::string::npos || name == "BlogPosting";
  };
  if (auto type = json.find("@type"); type != json.end()) {
    if (type_is_article(*type)) return true;
    if (type->is_array() && std::any_of(type->begin(), type->end(), type_is_article)) return true;
  }
  return json.contains("datePublished") || json.contains("headline");
}

// The JSON-LD object describing the article, also inside an array or an @graph.
const Json* find_article_ld(const Json& json) {
  if (json.is_array()) {
    for (const Json& item : json)
      if (const Json* found = find_article_ld(item)) return found;
    return nullptr;
  }
  if (!json.is_object()) return nullptr;
  if (auto graph = json.find("@graph"); graph != json.end())
    if (const Json* found = find_article_ld(*graph)) return found;
  return is_article_ld(json) ? &json : nullptr;
}

// A JSON-LD value as text: strings, `{"name": ...}` objects, lists of either.
std::string ld_text(const Json* value) {
  if (value == nullptr) return {};
  if (value->is_string()) return value->get<std::string>();
  if (value->is_object()) return ld_text(value->contains("name") ? &(*value)["name"] : nullptr);
  if (value->is_array()) {
    std::string joined;
    for (const Json& item : *value) {
      const std::string part = ld_text(&item);
      if (part.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += part;
    }
    return joined;
  }
  return {};
}

std::string ld_field(const Json* ld, const char* key) {
  if (ld == nullptr || !ld->contains(key)) return {};
  return collapse_spaces(ld_text(&(*ld)[key]));
}

std::string meta(const PageParts& parts, const char* key) {
  auto it = parts.meta.find(key);
  return it == parts.meta.end() ? std::string{} : it->second;
}

std::string first_of(std::initializer_list<std::string> candidates) {
  for (const std::string& candidate : candidates)
    if (!candidate.empty()) return candidate;
  return {};
}

void read_page_date(const PageParts& parts, const Json* ld, Article& article, ParsedFile& out) {
  const std::string text =
      first_of({meta(parts, "article:published_time"), ld_field(ld, "datePublished"),
                parts.time_datetime, meta(parts, "date"), meta(parts, "datepublished"),
                meta(parts, "dc.date"), meta(parts, "pubdate")});
  if (!text.empty()) set_metadata_date(article, parse_date(text), std::nullopt, out, text);
}

// The headline often opens the article element too; it is the title, not body.
std::string body_without_title(std::string body, const std::string& title) {
  if (!title.empty() && body.starts_with(title) &&
      (body.size() == title.size() || body[title.size()] == '\n'))
    body.erase(0, std::min(body.size(), title.size() + 1));
  return body;
}

std::string percent(double share) { return fmt::format("{:.0f}%", share * 100); }

std::string candidate_line(const Candidate& c, const PageStats& stats) {
  const TextStats& s = stats.of(c.node);
  return fmt::format("{:8.1f}  {}  ({} characters, {} links)", c.score, describe(c.node), s.chars,
                     percent(s.link_density()));
}

// Fewer characters than this from the scoring: the page's own container instead.
constexpr std::size_t kMinStoryChars = 100;

// The story's text: the element scoring chose, else (a page of no paragraph
// of text) the <article>, else <main>, else <body>.
std::string page_body(const PageParts& parts, const std::string& title) {
  const xmlNode* container = parts.article ? parts.article : parts.main ? parts.main : parts.body;
  if (parts.body != nullptr) {
    const PageStats stats(parts.body);
    const ContentChoice choice = choose_content(parts.body, stats);
    if (choice.best != nullptr) {
      std::string text = content_text(choice, stats, title);
      if (text.size() >= kMinStoryChars || stats.of(container).chars < kMinStoryChars) return text;
    }
  }
  return element_text(container);
}

} // namespace

std::string explain_html_page(std::string_view html) {
  HtmlDocument doc = parse_html(html);
  if (!doc) return "not an HTML page\n";
  PageParts parts;
  walk(xmlDocGetRootElement(doc.get()), parts);
  if (parts.body == nullptr) return "no <body>\n";
  const PageStats stats(parts.body);
  const ContentChoice choice = choose_content(parts.body, stats);
  if (choice.best == nullptr)
    return "no paragraph of text: the body is the <article>, else <main>, else <body>\n";
  std::string out =
      fmt::format("chosen:\n{}\n", candidate_line({choice.best, choice.best_score}, stats));
  for (const xmlNode* part : choice.parts)
    if (part != choice.best)
      out += fmt::format("  with its sibling {} ({} characters)\n", describe(part),
                         stats.of(part).chars);
  out += "runners-up:\n";
  for (const Candidate& c : choice.ranked)
    if (c.node != choice.best) out += candidate_line(c, stats) + "\n";
  return out;
}

void read_html_page(std::string_view html, ParsedFile& out) {
  if (std::optional<std::string> problem = too_many_attributes(html)) {
    out.fail(std::nullopt, std::move(*problem));
    return;
  }
  HtmlDocument doc = parse_html(html);
  if (!doc) {
    out.fail(std::nullopt, "not an HTML page");
    return;
  }
  PageParts parts;
  walk(xmlDocGetRootElement(doc.get()), parts);
  if (parts.json_ld_too_deep)
    out.warn(std::nullopt,
             fmt::format("JSON-LD nested more than {} levels deep; left out", kMaxJsonDepth));
  const Json* ld = nullptr;
  for (const Json& json : parts.json_ld)
    if ((ld = find_article_ld(json)) != nullptr) break;

  Article article;
  article.title = first_of(
      {meta(parts, "og:title"), parts.first_h1, parts.title_element, ld_field(ld, "headline")});
  read_page_date(parts, ld, article, out);
  article.author = first_of({ld_field(ld, "author"), meta(parts, "author")});
  article.url = first_of({parts.canonical, meta(parts, "og:url")});
  article.source = first_of({meta(parts, "og:site_name"), ld_field(ld, "publisher")});
  article.language = first_of({parts.language, meta(parts, "content-language")});
  const std::string text = page_body(parts, article.title);
  doc.reset(); // the tree of a large page is not held while its text is tidied and indexed
  article.body = body_without_title(tidy_body(text), article.title);
  if (article.body.empty()) {
    out.fail(std::nullopt, "HTML page has no article text");
    return;
  }
  out.emit(std::move(article));
}

} // namespace news
