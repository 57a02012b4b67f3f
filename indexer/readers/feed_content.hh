// The text of a feed item's content element, in each way feeds carry it:
//
//   escaped HTML or CDATA   <content:encoded>, <description>, <fullitem>, Atom type="html"
//   inline XHTML            RSS <body>/<xhtml:body>, Atom type="xhtml", Atom 0.3 mode="xml",
//                           markup left unescaped in a <description>
//   base64                  Atom 0.3 mode="base64"; Atom 1.0 content whose type is
//                           neither text (`text`, `html`, `text/...`) nor XML (`xhtml`,
//                           `.../xml`, `...+xml`); decoded, then read as the first form
//   plain text              Atom type="text"
//
// Base64 that does not decode to UTF-8 text (an image, say) has no text.
#pragma once

#include <string>

struct _xmlNode;

namespace news {

/** The element's text, one paragraph a line (markup_to_text or element_text),
 *  before tidy_body. */
std::string feed_content_text(const _xmlNode* element);

} // namespace news
