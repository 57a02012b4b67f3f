#include "indexer/file_input.hh"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/core.h>
#include <zlib.h>

#include "indexer/input_problem.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void too_large(std::uintmax_t size, std::uintmax_t limit, const char* what) {
  throw InputError(fmt::format("{} is {} bytes, over the limit of {} (--max-file-size); skipped",
                               what, size, limit));
}

bool has_gzip_magic(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[2] = {};
  return in.read(magic, 2) && magic[0] == '\x1f' && magic[1] == '\x8b';
}

std::string read_plain(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot open: {}", std::strerror(errno)));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(fmt::format("read error: {}", std::strerror(errno)));
  return std::move(bytes).str();
}

std::string read_gzip(const fs::path& file, std::uintmax_t max_size) {
  gzFile gz = gzopen(file.c_str(), "rb");
  if (gz == nullptr) throw InputError(fmt::format("cannot open: {}", std::strerror(errno)));
  std::string out;
  char chunk[1 << 16];
  int read = 0;
  while ((read = gzread(gz, chunk, sizeof chunk)) > 0) {
    out.append(chunk, static_cast<std::size_t>(read));
    if (out.size() > max_size) {
      gzclose_r(gz);
      too_large(out.size(), max_size, "decompressed content");
    }
  }
  int error = Z_OK;
  const std::string message = read < 0 ? gzerror(gz, &error) : "";
  const int closed = gzclose_r(gz);
  if (read < 0) throw InputError(fmt::format("corrupt gzip data: {}", message));
  // zlib reports a stream cut short only when closing it.
  if (closed == Z_BUF_ERROR) throw InputError("truncated gzip data (the file ends mid-stream)");
  if (closed != Z_OK) throw InputError("corrupt gzip data");
  return out;
}

} // namespace

InputBytes read_input(const fs::path& file, std::uintmax_t max_size) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec) throw InputError(ec.message());
  if (size > max_size) too_large(size, max_size, "file");
  if (has_gzip_magic(file)) return {read_gzip(file, max_size), true};
  return {read_plain(file), false};
}

} // namespace news
