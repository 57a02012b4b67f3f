// What an element's class, id, role and style say about it, for finding the
// story on a page (content_scoring) and cleaning it (content_text): words
// that mark the story up ("article", "story", "post-body"), words that mark
// furniture down ("comment", "sidebar", "related", "share", "cookie"...),
// elements the reader never sees (hidden), and a short name for --explain.
#pragma once

#include <string>
#include <string_view>

struct _xmlNode;

namespace news {

/** How an element's class, id, role and itemprop read: 1 the story, -1 furniture
 *  (which wins over story words: `post-comments`), 0 nothing said. */
int class_weight(const _xmlNode* node);

/** Whether the class or id names a caption, credit, byline or dateline. */
bool is_caption_or_byline(const _xmlNode* node);

/** Whether the reader never sees the element: `hidden`, `aria-hidden="true"`,
 *  a style with `display:none` or `visibility:hidden`. */
bool is_hidden(const _xmlNode* node);

/** Whether an element never holds story text: what element_text skips
 *  (script, nav, footer, aside, form, figure...) and the hidden. */
bool is_never_content(const _xmlNode* node);

/** A short name for an element: `div#main.story-body`, at most 80 characters. */
std::string describe(const _xmlNode* node);

} // namespace news
