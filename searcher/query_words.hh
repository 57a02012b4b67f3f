// The words of a query string, split as Xapian's QueryParser splits them:
// runs of Unicode word characters (UTF-8 aware), an inner `'` or `&` kept
// (`don't`, `at&t`), as the indexer's spelling words are.
#pragma once

#include <cstddef>
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

} // namespace news
