// Fuzz target: the JSON Lines reader, with the default field names. A bad
// line is a problem of that line: nothing may be thrown.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/reader_text.hh"
#include "indexer/readers/json_records.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = news::fuzz::reader_text(data, size);
  static const news::JsonFieldMap fields;
  news::ParsedFile parsed;
  news::read_json_lines(text, fields, parsed);
  return 0;
}
