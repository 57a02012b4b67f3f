#include "indexer/readers/content_scoring.hh"

#include <algorithm>
#include <array>

#include <libxml/tree.h>

#include "common/ascii.hh"
#include "indexer/readers/content_hints.hh"
#include "indexer/readers/html_text.hh"

namespace news {
namespace {

// A paragraph shorter than this says nothing about where the story is.
constexpr std::size_t kMinParagraphChars = 25;
// How much of a paragraph's score each ancestor gets, nearest first.
constexpr std::array<double, 3> kShareByLevel = {1.0, 0.5, 0.25};
constexpr double kClassBonus = 25;
constexpr std::size_t kRanked = 8;

bool is_comma_or_stop(const unsigned char* at, std::size_t left) {
  const unsigned char c = at[0];
  if (c == ',') return true;
  // U+FF0C fullwidth comma, U+3001 ideographic comma, U+3002 ideographic full stop
  // (Chinese and Japanese prose has few commas of its own).
  if (left >= 3 && c == 0xEF && at[1] == 0xBC && at[2] == 0x8C) return true;
  return left >= 3 && c == 0xE3 && at[1] == 0x80 && (at[2] == 0x81 || at[2] == 0x82);
}

void count_text(const char* text, TextStats& stats, bool in_link) {
  const auto* at = reinterpret_cast<const unsigned char*>(text);
  std::size_t left = std::char_traits<char>::length(text);
  for (; left > 0; ++at, --left) {
    const unsigned char c = *at;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    if ((c & 0xC0) == 0x80) continue; // a continuation byte: the character counted once
    ++stats.chars;
    if (in_link) ++stats.link_chars;
    if (is_comma_or_stop(at, left)) ++stats.commas;
  }
}

void add(TextStats& into, const TextStats& part) {
  into.chars += part.chars;
  into.link_chars += part.link_chars;
  into.commas += part.commas;
}

// A paragraph of text: scored itself and gives its score to its ancestors.
bool is_paragraph(const xmlNode* node, const TextStats& stats) {
  static constexpr std::array<std::string_view, 4> kParagraphs = {"p", "pre", "blockquote", "td"};
  static constexpr std::array<std::string_view, 5> kLeafHolders = {"div", "section", "article",
                                                                   "font", "center"};
  const std::string_view name = element_name(node);
  if (std::find(kParagraphs.begin(), kParagraphs.end(), name) != kParagraphs.end()) return true;
  if (name == "li") return stats.link_density() < 0.3; // a point made, not a menu's entry
  return !stats.has_block &&
         std::find(kLeafHolders.begin(), kLeafHolders.end(), name) != kLeafHolders.end();
}

double paragraph_score(const TextStats& stats) {
  const double length = std::min(static_cast<double>(stats.chars) / 100.0, 3.0);
  return 1.0 + static_cast<double>(std::min<std::size_t>(stats.commas, 30)) + length;
}

// What an element's kind and class say before any paragraph is counted.
double starting_score(const xmlNode* node) {
  const std::string_view name = element_name(node);
  double score = 0;
  if (name == "article" || name == "main")
    score = 10;
  else if (name == "div" || name == "section")
    score = 5;
  else if (name == "pre" || name == "td" || name == "blockquote")
    score = 3;
  else if (name == "ul" || name == "ol" || name == "dl" || name == "li" || name == "form" ||
           name == "address")
    score = -3;
  else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
    score = -5;
  // schema.org's mark of the story's text says more than any class name.
  if (to_lower(attribute(node, "itemprop")) == "articlebody") score += kClassBonus;
  return score + kClassBonus * class_weight(node);
}

bool is_element(const xmlNode* node) { return node->type == XML_ELEMENT_NODE; }

class Scorer {
public:
  Scorer(const PageStats& stats, std::size_t page_chars) : stats_(stats), page_chars_(page_chars) {}

  void visit(const xmlNode* node, bool in_furniture) {
    for (; node != nullptr; node = node->next) {
      if (!is_element(node) || is_never_content(node)) continue;
      const TextStats& s = stats_.of(node);
      if (s.chars == 0) continue;
      // A wrapper of most of the page is not furniture, whatever its name
      // (`nav_drawer_slide` around a whole page).
      const bool furniture = in_furniture || (class_weight(node) < 0 && s.chars * 2 < page_chars_);
      if (is_paragraph(node, s) && s.chars >= kMinParagraphChars) {
        // A list's points count half: lists of teasers and galleries are long too.
        give(node, paragraph_score(s) * (element_name(node) == "li" ? 0.5 : 1.0));
        // A list's items are not prose: teaser streams are lists of summaries.
        if (!furniture && s.link_density() < 0.3 && element_name(node) != "li")
          add_prose(node, s.chars);
      }
      visit(node->children, furniture);
    }
  }

  // Characters of prose (paragraphs not under furniture, with few links) under an element.
  std::size_t prose(const xmlNode* node) const {
    const auto it = prose_.find(node);
    return it == prose_.end() ? 0 : it->second;
  }

  // An element's final score: what it received, less its share of link text.
  double final_score(const xmlNode* node) const {
    const auto it = scores_.find(node);
    if (it == scores_.end()) return 0.0;
    // A list is part of a story, seldom all of it.
    const std::string_view name = element_name(node);
    const double list = name == "ul" || name == "ol" ? 0.5 : 1.0;
    return it->second * list * (1.0 - stats_.of(node).link_density());
  }

  // The candidates with their final scores, highest first.
  std::vector<Candidate> ranked() const {
    std::vector<Candidate> out;
    out.reserve(scores_.size());
    for (const auto& entry : scores_)
      out.push_back({entry.first, final_score(entry.first)});
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
      return a.score != b.score ? a.score > b.score : a.node < b.node;
    });
    return out;
  }

private:
  void add_prose(const xmlNode* paragraph, std::size_t chars) {
    for (const xmlNode* node = paragraph->parent; node != nullptr && is_element(node);
         node = node->parent)
      prose_[node] += chars;
  }

  void give(const xmlNode* paragraph, double score) {
    const xmlNode* node = paragraph->parent;
    for (double share : kShareByLevel) {
      if (node == nullptr || !is_element(node) || element_name(node) == "html") return;
      auto [it, added] = scores_.try_emplace(node, 0.0);
      if (added) it->second = starting_score(node);
      it->second += score * share;
      node = node->parent;
    }
  }

  const PageStats& stats_;
  std::size_t page_chars_;
  std::unordered_map<const xmlNode*, double> scores_;
  std::unordered_map<const xmlNode*, std::size_t> prose_;
};

bool contains(const xmlNode* ancestor, const xmlNode* node) {
  for (; node != nullptr; node = node->parent)
    if (node == ancestor) return true;
  return false;
}

// How many of the strongest candidates (half the best's score or more; not
// lists, which are teasers as often as points) lie under `ancestor` but
// neither under nor above `best`.
int strong_others(const xmlNode* ancestor, const xmlNode* best,
                  const std::vector<Candidate>& ranked) {
  constexpr std::size_t kLooked = 10;
  int count = 0;
  for (std::size_t i = 0; i < std::min(ranked.size(), kLooked); ++i) {
    const xmlNode* node = ranked[i].node;
    const std::string_view name = element_name(node);
    if (name == "ul" || name == "ol") continue;
    if (ranked[i].score * 2 >= ranked[0].score && contains(ancestor, node) &&
        !contains(best, node) && !contains(node, best))
      ++count;
  }
  return count;
}

// The story split over blocks (each paragraph group in wrappers of its own):
// the nearest ancestor, a few levels up, that holds another strong
// candidate and half as much prose again, and is still mostly prose with
// few links, holds it whole. Repeated while one does.
const xmlNode* widen(const xmlNode* best, const Scorer& scorer, const PageStats& stats,
                     const std::vector<Candidate>& ranked) {
  constexpr int kLevels = 8;
  for (bool widened = true; widened;) {
    widened = false;
    const std::size_t prose = scorer.prose(best);
    const xmlNode* ancestor = best->parent;
    for (int level = 0; level < kLevels && ancestor != nullptr && is_element(ancestor);
         ++level, ancestor = ancestor->parent) {
      const std::string_view name = element_name(ancestor);
      if (name == "body" || name == "html") break;
      const std::size_t more = scorer.prose(ancestor);
      if (more * 2 < prose * 3) continue;
      const TextStats& s = stats.of(ancestor);
      if (more * 5 >= s.chars * 3 && s.link_density() < 0.3 && class_weight(ancestor) >= 0 &&
          strong_others(ancestor, best, ranked) >= 1) {
        best = ancestor;
        widened = true;
      }
      break;
    }
  }
  return best;
}

bool ends_sentence(const xmlNode* node) {
  const std::string text = element_text(node);
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?' ||
                           text.ends_with("\xE3\x80\x82"));
}

bool is_subhead(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '2' && name[1] <= '6';
}

} // namespace

PageStats::PageStats(const xmlNode* root) {
  if (root != nullptr) measure(root, false);
}

const TextStats& PageStats::of(const xmlNode* node) const {
  static const TextStats kNone;
  const auto it = stats_.find(node);
  return it == stats_.end() ? kNone : it->second;
}

TextStats PageStats::measure(const xmlNode* node, bool in_link) {
  TextStats stats;
  const bool link = in_link || element_name(node) == "a";
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr)
        count_text(reinterpret_cast<const char*>(child->content), stats, link);
    } else if (is_element(child) && !is_never_content(child)) {
      const TextStats inner = measure(child, link);
      add(stats, inner);
      if (inner.has_block || is_block_element(element_name(child))) stats.has_block = true;
    }
  }
  stats_[node] = stats;
  return stats;
}

ContentChoice choose_content(const xmlNode* root, const PageStats& stats) {
  ContentChoice choice;
  if (root == nullptr) return choice;
  Scorer scorer(stats, stats.of(root).chars);
  scorer.visit(root->children, false);
  std::vector<Candidate> ranked = scorer.ranked();
  if (ranked.empty()) return choice;
  const xmlNode* best = widen(ranked[0].node, scorer, stats, ranked);
  choice.scored = best;
  choice.best_score = std::max(scorer.final_score(best), ranked[0].score);
  // Up through wrappers that hold nothing else: their siblings are the story's next blocks.
  while (best->parent != nullptr && is_element(best->parent) &&
         element_name(best->parent) != "body" &&
         stats.of(best->parent).chars == stats.of(best).chars)
    best = best->parent;
  choice.best = best;
  ranked.resize(std::min(ranked.size(), kRanked));
  choice.ranked = ranked;

  const xmlNode* parent = best->parent;
  if (parent == nullptr || element_name(best) == "body") {
    choice.parts.push_back(best);
    return choice;
  }
  const double threshold = std::max(10.0, choice.best_score * 0.2);
  const std::string best_class = attribute(best, "class");
  std::vector<const xmlNode*> parts;
  std::vector<const xmlNode*> pending_heads; // subheads waiting for prose after them
  for (const xmlNode* sibling = parent->children; sibling != nullptr; sibling = sibling->next) {
    if (!is_element(sibling) || is_never_content(sibling)) continue;
    bool joins = sibling == best;
    if (!joins) {
      const TextStats& s = stats.of(sibling);
      double score = scorer.final_score(sibling);
      if (!best_class.empty() && attribute(sibling, "class") == best_class)
        score += choice.best_score * 0.2;
      if (score >= threshold && class_weight(sibling) >= 0)
        joins = true;
      else if (element_name(sibling) == "p" || !s.has_block) {
        const double links = s.link_density();
        joins = (s.chars > 80 && links < 0.25) ||
                (s.chars > 0 && links == 0 && ends_sentence(sibling) && !parts.empty());
      }
    }
    if (joins) {
      if (!parts.empty()) parts.insert(parts.end(), pending_heads.begin(), pending_heads.end());
      pending_heads.clear();
      parts.push_back(sibling);
    } else if (is_subhead(element_name(sibling))) {
      pending_heads.push_back(sibling);
    } else if (stats.of(sibling).chars > 0) {
      pending_heads.clear();
    }
  }
  choice.parts = std::move(parts);
  return choice;
}

} // namespace news
