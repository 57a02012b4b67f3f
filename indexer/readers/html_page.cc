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
#include "indexer/readers/page_metadata.hh"

namespace news {
namespace {

// The headline often opens the story too (in any case, bold); it is the title, not body.
std::string body_without_title(std::string body, const std::string& title) {
  const std::size_t end = std::min(body.find('\n'), body.size());
  if (!title.empty() && same_headline(std::string_view(body).substr(0, end), title))
    body.erase(0, std::min(body.size(), end + 1));
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
  const PageParts parts = collect_page_parts(xmlDocGetRootElement(doc.get()));
  if (parts.body == nullptr) return "no <body>\n";
  const PageStats stats(parts.body);
  const ContentChoice choice = choose_content(parts.body, stats);
  if (choice.best == nullptr)
    return "no paragraph of text: the body is the <article>, else <main>, else <body>\n";
  std::string out =
      fmt::format("chosen:\n{}\n", candidate_line({choice.best, choice.best_score}, stats));
  if (choice.scored != choice.best)
    out += fmt::format("  the wrapper of {}, which scored\n", describe(choice.scored));
  for (const xmlNode* part : choice.parts)
    if (part != choice.best)
      out += fmt::format("  with its sibling {} ({} characters)\n", describe(part),
                         stats.of(part).chars);
  out += "runners-up:\n";
  for (const Candidate& c : choice.ranked)
    if (c.node != choice.scored) out += candidate_line(c, stats) + "\n";
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
  const PageParts parts = collect_page_parts(xmlDocGetRootElement(doc.get()));
  if (parts.json_ld_too_deep)
    out.warn(std::nullopt,
             fmt::format("JSON-LD nested more than {} levels deep; left out", kMaxJsonDepth));
  Article article;
  read_page_metadata(parts, article, out);
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
