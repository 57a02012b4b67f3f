// The words of a query string, split as Xapian's QueryParser splits them:
// runs of Unicode word characters (UTF-8 aware), an inner `'` or `&` kept
// (`don't`, `at&t`), as the indexer's spelling words are.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace news {

/** One word of the query: where it starts and how many bytes it takes. */
struct QueryWord {
  std::size_t offset = 0;
  std::size_t length = 0;
};

/** The words of `text` (UTF-8), in order. */
std::vector<QueryWord> query_words(std::string_view text);

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
