// Text out of HTML, with libxml2's HTML parser: what a reader sees, one
// paragraph per line, entities decoded, page furniture left out.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "indexer/readers/html_markup.hh"

struct _xmlDoc;
struct _xmlNode;

namespace news {

/** An HTML document parsed by libxml2 (lenient: any tag soup parses). */
using HtmlDocument = std::unique_ptr<_xmlDoc, void (*)(_xmlDoc*)>;

/** Parses UTF-8 HTML; never fails on bad markup, returns null only on no content
 *  or an element with more than kMaxAttributes attributes (markup_limits.hh). */
HtmlDocument parse_html(std::string_view html);

/**
 * The visible text under a node: block elements (p, div, h1, li, br, ...)
 * end paragraphs; script, style, nav, header, footer, aside, form, figure and
 * similar furniture are skipped. Paragraphs are separated by '\n'.
 */
std::string element_text(const _xmlNode* node);

/** The text under a node as element_text gives it, without the elements
 *  `leave_out` says yes to (and what they hold). */
std::string element_text(const _xmlNode* node,
                         const std::function<bool(const _xmlNode*)>& leave_out);

/** Whether element_text skips the element (script, nav, footer, figure...). */
bool is_skipped_element(std::string_view name);

/** Whether the element starts and ends a paragraph (p, div, h2, li, br...). */
bool is_block_element(std::string_view name);

/** The text of an HTML fragment, as element_text gives it; `<` that opens
 *  no tag is text (escape_text_brackets). */
std::string html_fragment_to_text(std::string_view html);

/** A text field that may be HTML (feed items, API bodies): an HTML fragment's
 *  text if it has tags (looks_like_html), else the text with its character
 *  references decoded and its lines kept. */
std::string markup_to_text(std::string_view text);

/** Value of an element's attribute, or empty. */
std::string attribute(const _xmlNode* node, const char* name);

/** Local name of an element as parsed, e.g. `encoded` for `content:encoded`
 *  (HTML names are lowercase; XML names keep their case: `pubDate`). */
std::string_view element_name(const _xmlNode* node);

} // namespace news
