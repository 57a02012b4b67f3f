#include <fmt/core.h>

#include "searcher/output.hh"

namespace news {

void print_ids(const SearchResults& results) {
  for (const Hit& hit : results.hits)
    fmt::print("{}\n", hit.article.id);
}

} // namespace news
