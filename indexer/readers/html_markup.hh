// Whether text is HTML, and making it safe for the parsers: markup is told
// by known HTML element names and character references, so that text in angle
// brackets (Reuters' `<New London Oil Ltd>`) stays text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

/**
 * Whether text contains HTML tags: an element of HTML (`<p>`, `</a>`,
 * `<a href="...">`, `<br/>`), a comment or a doctype. A known name written as
 * text does not count: `<New London Oil Ltd>`, `<Video Display Corp>`, and
 * bare `<S>` or `<em>` never closed (stock tickers) are not tags.
 */
bool looks_like_html(std::string_view text);

/** Text with HTML's character references (`&eacute;`, `&#233;`, `&#xE9;`)
 *  decoded, all else (line breaks too) as it is: `S&P` stays. */
std::string decode_references(std::string_view text);

/** HTML with every `<` that opens no tag, comment or declaration written
 *  `&lt;`, so that libxml2 keeps it as text (it reads `<Sidro SA>` as an
 *  element and drops the name). */
std::string escape_text_brackets(std::string_view html);

/**
 * XML in which HTML's named character references (`&aacute;`, `&rsquo;`),
 * unknown to an XML parser, are numeric (`&#225;`) and a bare `&` (not
 * followed by a name or number and `;`, as in URLs `?a=1&b=2`) is `&amp;`.
 * XML's own five references, numeric ones, comments, CDATA sections and the
 * doctype are left alone. Nullopt when nothing needs to change.
 */
std::optional<std::string> xml_with_html_references(std::string_view xml);

} // namespace news
