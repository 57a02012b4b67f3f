// The story's text, once content_scoring has found where it is: the text of
// the chosen element and the siblings that belong with it, one paragraph a
// line, keeping subheads, lists and quotes, leaving out what the reader does
// not read as the story: hidden elements, captions and credits, bylines, the
// headline repeated, blocks that are mostly links (menus, "Most popular",
// tag clouds, teasers), blocks whose class or id says furniture (comments,
// share and newsletter prompts, cookie banners, related stories) and lone
// "Read more" links.
#pragma once

#include <string>
#include <string_view>

#include "indexer/readers/content_scoring.hh"

namespace news {

/** The text of `choice`'s parts, without what does not belong to the story
 *  (`title` is the page's headline, left out where it is repeated). */
std::string content_text(const ContentChoice& choice, const PageStats& stats,
                         std::string_view title);

/** Whether two headlines are the same, ignoring case, spaces and punctuation. */
bool same_headline(std::string_view a, std::string_view b);

} // namespace news
