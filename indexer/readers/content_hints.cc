#include "indexer/readers/content_hints.hh"

#include <algorithm>
#include <array>

#include <libxml/tree.h>

#include "common/ascii.hh"
#include "indexer/readers/html_text.hh"

namespace news {
namespace {

// Words of a class or id that mark the story. A word counts when one of the
// class's or id's parts (split at '-', '_', ' ') starts with it.
constexpr std::array<std::string_view, 13> kStoryWords = {
    "article", "content", "story", "post", "entry",    "body",  "text",
    "main",    "blog",    "prose", "page", "richtext", "hentry"};

// Words that mark furniture, likewise.
constexpr std::array<std::string_view, 48> kFurnitureWords = {
    "comment",    "sidebar",  "related", "promo",    "share",      "sharing",    "social",
    "footer",     "nav",      "cookie",  "consent",  "gdpr",       "newsletter", "subscri",
    "signup",     "sponsor",  "advert",  "banner",   "breadcrumb", "popular",    "trending",
    "recommend",  "outbrain", "taboola", "widget",   "masthead",   "menu",       "toolbar",
    "pagination", "pager",    "rail",    "teaser",   "more",       "readmore",   "also",
    "tags",       "tagcloud", "disqus",  "respond",  "reply",      "modal",      "popup",
    "skip",       "print",    "gallery", "carousel", "slideshow",  "legend"};

// Whole parts that mark furniture (too short to match as a start). Not
// `hidden`: responsive layouts hide whole story columns on small screens
// (`hidden-xs`), and what is really hidden is seen by is_hidden.
constexpr std::array<std::string_view, 6> kFurnitureParts = {"ad",     "ads",   "adv",
                                                             "header", "links", "tool"};

constexpr std::array<std::string_view, 9> kCaptionWords = {
    "caption", "credit", "byline", "author", "dateline", "timestamp", "legend", "photo", "gallery"};

// An empty word would match every part (an array longer than its words has some).
constexpr bool no_empty_word(const auto& words) {
  for (std::string_view word : words)
    if (word.empty()) return false;
  return true;
}
static_assert(no_empty_word(kStoryWords) && no_empty_word(kFurnitureWords) &&
              no_empty_word(kFurnitureParts) && no_empty_word(kCaptionWords));

// The parts of a class or id: lowercase runs of letters and digits.
template <typename Visit> void for_each_part(std::string_view text, Visit visit) {
  std::size_t start = 0;
  auto is_part_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  };
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && is_part_char(text[i])) continue;
    if (i > start) visit(to_lower(text.substr(start, i - start)));
    start = i + 1;
  }
}

template <std::size_t N>
bool starts_with_any(const std::array<std::string_view, N>& words, std::string_view part) {
  for (std::string_view word : words)
    if (part.starts_with(word)) return true;
  return false;
}

template <std::size_t N>
bool equals_any(const std::array<std::string_view, N>& words, std::string_view part) {
  for (std::string_view word : words)
    if (part == word) return true;
  return false;
}

// An id of more than this many parts is a slug of a heading
// (`sharing-with-a-single-developer`), not a name of a part of the page.
constexpr std::size_t kMaxIdParts = 3;

std::string class_and_id(const xmlNode* node) {
  const std::string id = attribute(node, "id");
  std::size_t parts = 0;
  for_each_part(id, [&](const std::string&) { ++parts; });
  return attribute(node, "class") + " " + (parts > kMaxIdParts ? std::string() : id);
}

} // namespace

int class_weight(const xmlNode* node) {
  bool story = false, furniture = false;
  for_each_part(class_and_id(node), [&](const std::string& part) {
    if (starts_with_any(kFurnitureWords, part) || equals_any(kFurnitureParts, part))
      furniture = true;
    else if (starts_with_any(kStoryWords, part))
      story = true;
  });
  const std::string role = to_lower(attribute(node, "role"));
  if (role == "main" || role == "article") story = true;
  if (role == "navigation" || role == "complementary" || role == "contentinfo" ||
      role == "banner" || role == "dialog" || role == "alert")
    furniture = true;
  const std::string type = to_lower(attribute(node, "itemprop"));
  if (type == "articlebody" || type == "text") story = true;
  return furniture ? -1 : story ? 1 : 0;
}

bool is_caption_or_byline(const xmlNode* node) {
  bool found = false;
  for_each_part(class_and_id(node), [&](const std::string& part) {
    if (starts_with_any(kCaptionWords, part)) found = true;
  });
  const std::string rel = to_lower(attribute(node, "rel"));
  const std::string itemprop = to_lower(attribute(node, "itemprop"));
  return found || rel == "author" || itemprop == "author" || itemprop == "caption";
}

bool is_hidden(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (to_lower(attribute(node, "aria-hidden")) == "true") return true;
  std::string style = to_lower(attribute(node, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool is_never_content(const xmlNode* node) {
  return is_skipped_element(element_name(node)) || is_hidden(node);
}

std::string describe(const xmlNode* node) {
  std::string name(element_name(node));
  if (const std::string id = attribute(node, "id"); !id.empty()) name += "#" + id;
  std::string classes = attribute(node, "class");
  for (char& c : classes)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  for (std::string_view rest = trim(classes); !rest.empty(); rest = trim(rest)) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    name += '.';
    name += rest.substr(0, end);
    rest.remove_prefix(end);
  }
  if (name.size() > 80) name = name.substr(0, 77) + "...";
  return name;
}

} // namespace news
