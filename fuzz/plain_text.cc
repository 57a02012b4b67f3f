// Fuzz target: the plain-text reader (header block, title, body).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/reader_text.hh"
#include "indexer/readers/plain_text.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = news::fuzz::reader_text(data, size);
  news::ParsedFile parsed;
  news::read_plain_text(text, parsed);
  return 0;
}
