#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "searcher/output.hh"

namespace news {

// One id a line, whatever bytes it holds: a newline, a tab, a backslash or
// bytes that are not UTF-8 (a Latin-1 file name) are escaped (byte_escape.hh).
void print_ids(const SearchResults& results, Sink& sink) {
  for (const Hit& hit : results.hits)
    sink.print("{}\n", escape_bytes(hit.article.id));
}

} // namespace news
