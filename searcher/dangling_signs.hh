// What Xapian's QueryParser would do wrong with a query string, undone
// before it parses it. (The query's words are split by common/words.hh,
// WordRule::Xapian, as the parser splits them.)
#pragma once

#include <string>
#include <string_view>

namespace news {

/**
 * `text` with each `+` or `-` that applies to no word made a space: a sign
 * that starts a word (not inside `C++` or `to-day`) but is followed neither
 * by a word nor by a phrase or group that starts with one (`+.to`, `+""`,
 * `+()`, `+ x`). Xapian 1.4.22's QueryParser skips what follows such a sign
 * and applies it to the next group; a group of stopwords before a wildcard
 * (`y +.to to k*`) then gives it a null query, which crashes it.
 */
std::string without_dangling_signs(std::string_view text);

} // namespace news
