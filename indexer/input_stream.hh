// One input file read as a stream of bytes, decompressed when it is gzip,
// so that a large file is never held in memory whole. The bytes are hashed
// as they go by, for telling a touched file from a changed one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace news {

class InputStream {
public:
  static constexpr std::size_t kChunkSize = 1 << 16;

  /**
   * Opens `file`; a gzip file (any name) is recognised by its magic bytes.
   * Throws InputError when it cannot be opened or is over `max_size` bytes.
   * Reading throws InputError when the decompressed content goes over
   * `max_size`, on a read error, or on truncated or corrupt gzip data.
   * `chunk_size` is how much one read takes (tests make it small).
   */
  InputStream(const std::filesystem::path& file, std::uintmax_t max_size,
              std::size_t chunk_size = kChunkSize);
  InputStream(InputStream&&) noexcept;
  InputStream& operator=(InputStream&&) noexcept;
  ~InputStream();

  /** The file is gzip-compressed. */
  bool gzip() const { return gzip_; }

  /** The next `size` unread bytes (fewer at the end of the file), without consuming them. */
  std::string_view peek(std::size_t size);

  /**
   * The next line, without its end (`\n`, `\r\n` or a lone `\r`, as the old
   * Mac wrote); false at the end. A last line without an end is a line.
   */
  bool next_line(std::string& line);

  /** All the unread bytes. */
  std::string rest();

  /**
   * The XXH3 hash of the whole (decompressed) content, as 16 hex digits;
   * reads and drops whatever has not been read yet.
   */
  std::string hash();

private:
  struct Source;

  bool read_chunk(std::string& into);
  bool fill();
  void release_long_line();

  std::unique_ptr<Source> source_;
  std::string buffer_;    /**< bytes read, from `start_` on not yet consumed */
  std::size_t start_ = 0; /**< the first unconsumed byte in `buffer_` */
  bool gzip_ = false;
};

} // namespace news
