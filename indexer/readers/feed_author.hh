// An author as feeds write one, with an email beside the name (RSS's
// <author> is an email by its spec): the name alone, as feedparser's
// author_detail gives it.
//
//   Example Editor (me@example.com)   -> Example Editor
//   me@example.com (Example Editor)   -> Example Editor
//   Example Editor <me@example.com>   -> Example Editor
//   me@example.com                    -> me@example.com (nothing else names the author)
#pragma once

#include <string>
#include <string_view>

namespace news {

/** The author's name with the email (and `mailto:`) and the brackets it leaves taken out;
 *  the text as it is (spaces collapsed) when no name is left. */
std::string author_name(std::string_view text);

} // namespace news
