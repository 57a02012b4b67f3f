#include "common/byte_escape.hh"

#include <fmt/core.h>

#include "common/utf8.hh"

namespace news {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

} // namespace

std::string escape_bytes(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte >= 0x80) {
      if (const std::size_t length = utf8_sequence_length(bytes, i)) {
        out.append(bytes.substr(i, length));
        i += length;
      } else {
        out += fmt::format("\\x{:02x}", byte);
        ++i;
      }
      continue;
    }
    ++i;
    switch (byte) {
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (byte < 0x20 || byte == 0x7F)
        out += fmt::format("\\x{:02x}", byte);
      else
        out += static_cast<char>(byte);
    }
  }
  return out;
}

std::optional<std::string> unescape_bytes(std::string_view escaped) {
  std::string out;
  out.reserve(escaped.size());
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] != '\\') {
      out += escaped[i];
      continue;
    }
    if (++i == escaped.size()) return std::nullopt;
    switch (escaped[i]) {
    case '\\':
      out += '\\';
      break;
    case 'n':
      out += '\n';
      break;
    case 'r':
      out += '\r';
      break;
    case 't':
      out += '\t';
      break;
    case 'x': {
      if (i + 2 >= escaped.size()) return std::nullopt;
      const int high = hex_digit(escaped[i + 1]), low = hex_digit(escaped[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
      break;
    }
    default:
      return std::nullopt;
    }
  }
  return out;
}

} // namespace news
