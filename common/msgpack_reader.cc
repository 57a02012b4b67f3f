#include "common/msgpack_reader.hh"

#include <limits>

namespace news {
namespace {

// Nesting deeper than this is taken for garbage (the stored data nests 3 deep).
constexpr unsigned kMaxDepth = 32;

} // namespace

std::optional<std::uint64_t> MsgpackReader::read_big_endian(std::size_t bytes) {
  if (failed_ || bytes_.size() - pos_ < bytes) {
    fail();
    return std::nullopt;
  }
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < bytes; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes_[pos_ + i]);
  pos_ += bytes;
  return value;
}

bool MsgpackReader::advance(std::uint64_t count) {
  if (failed_ || bytes_.size() - pos_ < count) {
    fail();
    return false;
  }
  pos_ += static_cast<std::size_t>(count);
  return true;
}

std::optional<MsgpackReader::Head> MsgpackReader::read_head() {
  if (failed_ || pos_ == bytes_.size()) {
    fail();
    return std::nullopt;
  }
  const auto type = static_cast<unsigned char>(bytes_[pos_++]);
  // Small values and sizes are in the type byte itself.
  if (type <= 0x7f) return Head{Kind::Uint, type};
  if (type <= 0x8f) return Head{Kind::Map, type & 0x0fu};
  if (type <= 0x9f) return Head{Kind::Array, type & 0x0fu};
  if (type <= 0xbf) return Head{Kind::String, type & 0x1fu};
  if (type >= 0xe0)
    return Head{Kind::Int, static_cast<std::uint64_t>(static_cast<std::int8_t>(type))};
  if (type == 0xc0) return Head{Kind::Nil, 0};
  if (type == 0xc2 || type == 0xc3) return Head{Kind::Other, 0};
  // Fixed-size extensions (type byte and 1 to 16 bytes) and floats: skipped.
  if (type >= 0xd4 && type <= 0xd8) {
    advance(1 + (std::size_t{1} << (type - 0xd4)));
    return failed_ ? std::nullopt : std::optional<Head>(Head{Kind::Other, 0});
  }
  if (type == 0xca || type == 0xcb) {
    advance(type == 0xca ? 4 : 8);
    return failed_ ? std::nullopt : std::optional<Head>(Head{Kind::Other, 0});
  }
  // The rest: a value or a length of 1, 2, 4 or 8 bytes follows.
  Kind kind;
  std::size_t width;
  switch (type) {
  case 0xc4:
  case 0xc5:
  case 0xc6:
    kind = Kind::Bytes, width = std::size_t{1} << (type - 0xc4);
    break;
  case 0xc7:
  case 0xc8:
  case 0xc9:
    kind = Kind::Extension, width = std::size_t{1} << (type - 0xc7);
    break;
  case 0xcc:
  case 0xcd:
  case 0xce:
  case 0xcf:
    kind = Kind::Uint, width = std::size_t{1} << (type - 0xcc);
    break;
  case 0xd0:
  case 0xd1:
  case 0xd2:
  case 0xd3:
    kind = Kind::Int, width = std::size_t{1} << (type - 0xd0);
    break;
  case 0xd9:
  case 0xda:
  case 0xdb:
    kind = Kind::String, width = std::size_t{1} << (type - 0xd9);
    break;
  case 0xdc:
  case 0xdd:
    kind = Kind::Array, width = std::size_t{2} << (type - 0xdc);
    break;
  case 0xde:
  case 0xdf:
    kind = Kind::Map, width = std::size_t{2} << (type - 0xde);
    break;
  default: // 0xc1: never used
    fail();
    return std::nullopt;
  }
  std::optional<std::uint64_t> value = read_big_endian(width);
  if (!value) return std::nullopt;
  if (kind == Kind::Int) {
    // Sign-extend from the stored width.
    const auto shift = static_cast<unsigned>(64 - 8 * width);
    *value = static_cast<std::uint64_t>(static_cast<std::int64_t>(*value << shift) >> shift);
  }
  if (kind == Kind::Extension) {
    // The extension's own type byte, then its payload, skipped as bytes.
    if (!advance(1)) return std::nullopt;
    kind = Kind::Bytes;
  }
  return Head{kind, *value};
}

void MsgpackReader::skip_payload(const Head& head, unsigned depth) {
  switch (head.kind) {
  case Kind::String:
  case Kind::Bytes:
    advance(head.value);
    break;
  case Kind::Array:
  case Kind::Map: {
    // Each element takes a byte at least: a larger count is garbage.
    const std::uint64_t elements = head.kind == Kind::Map ? 2 * head.value : head.value;
    if (depth >= kMaxDepth || elements > bytes_.size() - pos_) {
      fail();
      break;
    }
    for (std::uint64_t i = 0; i < elements && !failed_; ++i)
      skip(depth + 1);
    break;
  }
  default:
    break;
  }
}

void MsgpackReader::skip(unsigned depth) {
  if (const std::optional<Head> head = read_head()) skip_payload(*head, depth);
}

std::optional<std::size_t> MsgpackReader::read_map() {
  const std::optional<Head> head = read_head();
  if (!head) return std::nullopt;
  if (head->kind == Kind::Map && 2 * head->value <= bytes_.size() - pos_)
    return static_cast<std::size_t>(head->value);
  skip_payload(*head, 0);
  return std::nullopt;
}

std::optional<std::size_t> MsgpackReader::read_array() {
  const std::optional<Head> head = read_head();
  if (!head) return std::nullopt;
  if (head->kind == Kind::Array && head->value <= bytes_.size() - pos_)
    return static_cast<std::size_t>(head->value);
  skip_payload(*head, 0);
  return std::nullopt;
}

std::optional<std::string_view> MsgpackReader::read_string() {
  const std::optional<Head> head = read_head();
  if (!head) return std::nullopt;
  if (head->kind != Kind::String) {
    skip_payload(*head, 0);
    return std::nullopt;
  }
  const std::size_t start = pos_;
  if (!advance(head->value)) return std::nullopt;
  return bytes_.substr(start, pos_ - start);
}

std::optional<std::int64_t> MsgpackReader::read_int() {
  const std::optional<Head> head = read_head();
  if (!head) return std::nullopt;
  if (head->kind == Kind::Int) return static_cast<std::int64_t>(head->value);
  if (head->kind == Kind::Uint &&
      head->value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<std::int64_t>(head->value);
  skip_payload(*head, 0);
  return std::nullopt;
}

std::optional<std::uint64_t> MsgpackReader::read_uint() {
  const std::optional<Head> head = read_head();
  if (!head) return std::nullopt;
  if (head->kind == Kind::Uint) return head->value;
  skip_payload(*head, 0);
  return std::nullopt;
}

} // namespace news
