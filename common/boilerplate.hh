// Site furniture that is not part of an article.
//
// News pages end with links and calls to action: "READ ALSO: <other story>",
// "Read more", "Related", "Advertisement", "Subscribe to our newsletter",
// "Share this article". Indexed, they make an article match words it is not
// about (the seed article's trailer names a Luxembourg law firm).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

/**
 * Returns the body without trailing furniture lines and without lines that
 * are only "Advertisement" anywhere. A trailer is removed only from the end:
 * the same words inside a paragraph are the article's own.
 */
std::string strip_boilerplate(std::string_view body);

/** The same, as the lines that are left (views into `body`): no copy of a large body. */
std::vector<std::string_view> lines_without_boilerplate(std::string_view body);

/** Whether one line (without its newline) is site furniture. */
bool is_furniture_line(std::string_view line);

} // namespace news
