#include "indexer/readers/content_text.hh"

#include <array>

#include <libxml/tree.h>

#include "common/ascii.hh"
#include "indexer/readers/content_hints.hh"
#include "indexer/readers/html_text.hh"

namespace news {
namespace {

// Containers whose text is left out when it is mostly links.
constexpr std::array<std::string_view, 9> kContainers = {"div",   "section", "ul",      "ol", "dl",
                                                         "table", "aside",   "article", "nav"};

// Elements whose text is never the story's.
constexpr std::array<std::string_view, 6> kNotStory = {"figcaption", "picture", "video",
                                                       "audio",      "dialog",  "menu"};

// How short prompts start: a block of fewer than kPromptChars that starts so is left out.
constexpr std::array<std::string_view, 10> kPromptStarts = {
    "read more", "read next",     "related:",    "see also",  "sign up",
    "subscribe", "advertisement", "recommended", "more from", "click here"};
constexpr std::size_t kPromptChars = 200;

template <std::size_t N>
bool is_one_of(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Letters and digits only, lowercase: "The  Story's End!" -> "thestorysend".
std::string squeezed(std::string_view text) {
  std::string out;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_prompt(const xmlNode* node, const TextStats& stats) {
  if (stats.chars >= kPromptChars || stats.has_block) return false;
  const std::string text = to_lower(trim(element_text(node)));
  for (std::string_view start : kPromptStarts)
    if (text.starts_with(start)) return true;
  return false;
}

class Cleaner {
public:
  Cleaner(const PageStats& stats, std::string_view title, std::size_t story_chars)
      : stats_(stats), title_(title), story_chars_(story_chars) {}

  bool leave_out(const xmlNode* node) const {
    const std::string_view name = element_name(node);
    if (is_hidden(node) || is_one_of(kNotStory, name)) return true;
    const TextStats& s = stats_.of(node);
    if (s.chars == 0) return false;
    if (is_caption_or_byline(node) && s.chars < 400) return true;
    if (is_heading(name) && same_headline(element_text(node), title_)) return true;
    if (class_weight(node) < 0 && s.chars * 3 < story_chars_) return true;
    const double links = s.link_density();
    if (is_one_of(kContainers, name) && (links > 0.5 || (s.chars < 200 && links > 0.3)))
      return true;
    if ((name == "p" || name == "li") && links > 0.8 && s.chars < kPromptChars) return true;
    return is_prompt(node, s);
  }

private:
  const PageStats& stats_;
  std::string_view title_;
  std::size_t story_chars_;
};

} // namespace

bool same_headline(std::string_view a, std::string_view b) {
  const std::string x = squeezed(a), y = squeezed(b);
  return !x.empty() && x == y;
}

std::string content_text(const ContentChoice& choice, const PageStats& stats,
                         std::string_view title) {
  std::size_t story_chars = 0;
  for (const xmlNode* part : choice.parts)
    story_chars += stats.of(part).chars;
  const Cleaner cleaner(stats, title, story_chars);
  const auto leave_out = [&](const xmlNode* node) { return cleaner.leave_out(node); };
  std::string text;
  for (const xmlNode* part : choice.parts) {
    if (choice.parts.size() > 1 && part != choice.best && cleaner.leave_out(part)) continue;
    const std::string part_text = element_text(part, leave_out);
    if (part_text.empty()) continue;
    if (!text.empty()) text += '\n';
    text += part_text;
  }
  return text;
}

} // namespace news
