// Finding the story on a saved page by scoring, not by the first <article>:
// every paragraph of text (p, pre, blockquote, li, td, or a div holding text
// and no blocks) of 25 characters or more scores by its length and its commas,
// less the share of it that is link text, and gives its score to the elements
// around it: all to its parent, half to its grandparent, a quarter above.
// Each element that received a score starts from a bonus for its kind
// (<article>, <main>, <div>; lists and headings less) and for what its class
// and id say (content_hints: "story", "post-body" up; "comment", "related",
// "share" down); its final score is taken down by its own share of link text.
// The best element wins; when another strong candidate and much more prose
// lie within one of its near ancestors (a story split over several blocks),
// that ancestor does. Up through wrappers that hold nothing else, its
// siblings that belong with it join it: those that scored well
// themselves (more readily with the same class), paragraphs of plain prose,
// and subheads between them.
//
// Each element is measured once (PageStats): time and memory are linear in the
// page (its depth is bounded by libxml2's parser).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

struct _xmlNode;

namespace news {

/** The visible text under an element (what element_text would keep), counted. */
struct TextStats {
  std::size_t chars = 0;      // characters that are not white space
  std::size_t link_chars = 0; // of them, inside <a>
  std::size_t commas = 0;     // commas of any script (and CJK full stops)
  bool has_block = false;     // a block element (p, div, li...) below it
  double link_density() const {
    return chars == 0 ? 0.0 : static_cast<double>(link_chars) / static_cast<double>(chars);
  }
};

/** Every element under a root, measured in one pass. */
class PageStats {
public:
  explicit PageStats(const _xmlNode* root);
  /** The element's figures; zero for one not under the root or never content. */
  const TextStats& of(const _xmlNode* node) const;

private:
  TextStats measure(const _xmlNode* node, bool in_link);
  std::unordered_map<const _xmlNode*, TextStats> stats_;
};

/** One element that received a score. */
struct Candidate {
  const _xmlNode* node = nullptr;
  double score = 0;
};

/** Where the story is. */
struct ContentChoice {
  const _xmlNode* best = nullptr;   // null when no paragraph of text was found
  const _xmlNode* scored = nullptr; // what scored best: `best`, or inside wrappers that are `best`
  double best_score = 0;
  std::vector<const _xmlNode*> parts; // best and the siblings that belong with it, in page order
  std::vector<Candidate> ranked;      // the best candidates, highest first (at most 8)
};

/** Scores the elements under `root` (the <body>) and chooses the story. */
ContentChoice choose_content(const _xmlNode* root, const PageStats& stats);

} // namespace news
