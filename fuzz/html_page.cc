// Fuzz target: the HTML page reader (meta tags, JSON-LD, article text).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/reader_text.hh"
#include "indexer/readers/html_page.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = news::fuzz::reader_text(data, size);
  news::ParsedFile parsed;
  news::read_html_page(text, parsed);
  return 0;
}
