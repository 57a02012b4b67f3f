// The bytes of one input file, decompressed when it is gzip.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace news {

struct InputBytes {
  std::string bytes;
  bool gzip = false; /**< the file was gzip-compressed (detected by its magic bytes) */
};

/**
 * Reads a file whole; a gzip file (any name) is decompressed as a stream.
 * Throws InputError when the file cannot be read, is over `max_size` bytes
 * (compressed or decompressed), or is truncated or corrupt gzip.
 */
InputBytes read_input(const std::filesystem::path& file, std::uintmax_t max_size);

} // namespace news
