// Reading MessagePack (https://msgpack.org) as the document data is stored:
// one value after another, straight from the bytes. A search reads the data
// of every hit it shows; building a JSON tree of it first cost several
// times more than the search itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace news {

/**
 * A cursor over MessagePack bytes. Each read_* consumes the next value,
 * whatever its type, and returns it only when it has the type asked for;
 * so unknown or mistyped fields are skipped alike. Malformed or truncated
 * input sets failed() and makes every later read return nothing.
 */
class MsgpackReader {
public:
  explicit MsgpackReader(std::string_view bytes) : bytes_(bytes) {}

  /** The number of key/value pairs of a map (read them next), if a map. */
  std::optional<std::size_t> read_map();
  /** The number of elements of an array (read them next), if an array. */
  std::optional<std::size_t> read_array();
  /** A string, viewing the reader's bytes. */
  std::optional<std::string_view> read_string();
  /** A signed integer that fits in 64 bits. */
  std::optional<std::int64_t> read_int();
  /** A non-negative integer (MessagePack keeps the sign in the type). */
  std::optional<std::uint64_t> read_uint();
  /** Skips one value, with its elements. */
  void skip() { skip(0); }

  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == bytes_.size(); }

private:
  // Extension is only seen inside read_head: it reads as Bytes.
  enum class Kind { Nil, Int, Uint, String, Bytes, Extension, Array, Map, Other };
  struct Head {
    Kind kind;
    std::uint64_t value; // the integer, or the size of a string, array, map...
  };
  // Reads the type byte and what follows it, up to the payload.
  std::optional<Head> read_head();
  void skip_payload(const Head& head, unsigned depth);
  void skip(unsigned depth);
  std::optional<std::uint64_t> read_big_endian(std::size_t bytes);
  // Moves past `count` payload bytes.
  bool advance(std::uint64_t count);
  void fail() { failed_ = true; }

  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

} // namespace news
