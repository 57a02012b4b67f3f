// One input file read as a stream of bytes, decompressed when it is gzip,
// so that a large file is never held in memory whole. The bytes are hashed
// as they go by, for telling a touched file from a changed one. The size
// limit (--max-file-size) bounds what is held whole: the file read by rest(),
// one line of next_line(); a stream read line by line may be of any length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "common/problem.hh"

namespace news {

/** A line over the size limit, skipped: the stream goes on after it. */
class LongLine : public InputError {
public:
  LongLine(std::uintmax_t length, std::uintmax_t limit);
};

class InputStream {
public:
  static constexpr std::size_t kChunkSize = 1 << 16;

  /**
   * Opens `file`; a gzip file (any name) is recognised by its magic bytes.
   * Throws InputError when it cannot be opened. Reading throws InputError
   * when what is held whole goes over `max_size` bytes (rest(); a line of
   * next_line() throws LongLine), on a read error, or on truncated or
   * corrupt gzip data.
   * `chunk_size` is how much one read takes (tests make it small).
   */
  InputStream(const std::filesystem::path& file, std::uintmax_t max_size,
              std::size_t chunk_size = kChunkSize);
  InputStream(InputStream&&) noexcept;
  InputStream& operator=(InputStream&&) noexcept;
  ~InputStream();

  /**
   * Keeps `*bytes` at the bytes of the file read so far (of the compressed
   * file, for gzip), for progress; `bytes` must outlive the reading.
   */
  void count_bytes(std::uintmax_t* bytes);

  /** The most bytes held whole (--max-file-size). */
  std::uintmax_t max_size() const;

  /** The file is gzip-compressed. */
  bool gzip() const { return gzip_; }

  /** The next `size` unread bytes (fewer at the end of the file), without consuming them. */
  std::string_view peek(std::size_t size);

  /**
   * The next line, without its end (`\n`, `\r\n` or a lone `\r`, as the old
   * Mac wrote); false at the end. A last line without an end is a line. A
   * line over the size limit is skipped, never held whole, and LongLine
   * thrown: the next call gives the line after it.
   */
  bool next_line(std::string& line);

  /** All the unread bytes; InputError when they are over the size limit. */
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
  [[noreturn]] void skip_long_line(std::size_t held);

  std::unique_ptr<Source> source_;
  std::string buffer_;    /**< bytes read, from `start_` on not yet consumed */
  std::size_t start_ = 0; /**< the first unconsumed byte in `buffer_` */
  bool gzip_ = false;
};

} // namespace news
