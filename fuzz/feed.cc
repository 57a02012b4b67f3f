// Fuzz target: the feed reader (RSS 0.9x, 1.0/RDF, 2.0 and Atom), HTML
// bodies included.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/reader_text.hh"
#include "indexer/readers/feed.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = news::fuzz::reader_text(data, size);
  news::ParsedFile parsed;
  news::looks_like_feed(text);
  news::feed_format_name(text);
  news::read_feed(text, parsed);
  return 0;
}
