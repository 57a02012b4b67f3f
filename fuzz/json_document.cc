// Fuzz target: the JSON document reader (an array of articles, an object
// holding one, or one article), with the default field names.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/reader_text.hh"
#include "indexer/readers/json_records.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = news::fuzz::reader_text(data, size);
  static const news::JsonFieldMap fields;
  news::ParsedFile parsed;
  news::read_json_document(text, fields, parsed);
  return 0;
}
