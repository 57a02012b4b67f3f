// The text a reader is given, from a fuzzer's bytes: as read_articles makes
// it (UTF-8, else read as Windows-1252; `\n` line ends), so that each reader
// target fuzzes the reader and not its preconditions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/text_normalize.hh"
#include "common/utf8.hh"

namespace news::fuzz {

inline std::string reader_text(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!is_valid_utf8(text)) text = windows1252_to_utf8(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r')
      out += text[i];
    else if (i + 1 >= text.size() || text[i + 1] != '\n')
      out += '\n';
  }
  return out;
}

} // namespace news::fuzz
