#include "indexer/input_stream.hh"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fmt/core.h>
#include <xxhash.h>
#include <zlib.h>

#include "common/index_codecs.hh"
#include "common/problem.hh"

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

} // namespace

// The open file and what has been read of it so far.
struct InputStream::Source {
  std::ifstream plain;
  gzFile gz = nullptr;
  XXH3_state_t* hasher = XXH3_createState();
  std::uintmax_t size = 0;      /**< bytes read (decompressed) */
  std::uintmax_t file_size = 0; /**< on disk */
  std::uintmax_t max_size = 0;
  std::size_t chunk_size = kChunkSize;
  bool ended = false;
  std::uintmax_t* file_bytes_read = nullptr; /**< count_bytes */

  Source() {
    if (hasher == nullptr) throw std::bad_alloc();
    XXH3_64bits_reset(hasher);
  }
  Source(const Source&) = delete;
  Source& operator=(const Source&) = delete;
  ~Source() {
    if (gz != nullptr) gzclose_r(gz);
    XXH3_freeState(hasher);
  }

  // Reads up to `capacity` bytes into `out`; 0 at the end.
  std::size_t read(char* out, std::size_t capacity) {
    if (gz == nullptr) {
      plain.read(out, static_cast<std::streamsize>(capacity));
      if (plain.bad()) throw InputError(fmt::format("read error: {}", std::strerror(errno)));
      return static_cast<std::size_t>(plain.gcount());
    }
    const int got = gzread(gz, out, static_cast<unsigned>(capacity));
    if (got < 0) {
      int error = Z_OK;
      const std::string message = gzerror(gz, &error);
      throw InputError(fmt::format("corrupt gzip data: {}", message));
    }
    return static_cast<std::size_t>(got);
  }

  // zlib reports a stream cut short only when closing it.
  void finish_gzip() {
    const int closed = gzclose_r(gz);
    gz = nullptr;
    if (closed == Z_BUF_ERROR) throw InputError("truncated gzip data (the file ends mid-stream)");
    if (closed != Z_OK) throw InputError("corrupt gzip data");
  }
};

InputStream::InputStream(const fs::path& file, std::uintmax_t max_size, std::size_t chunk_size)
    : source_(std::make_unique<Source>()) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec) throw InputError(ec.message());
  source_->max_size = max_size;
  source_->file_size = size;
  source_->chunk_size = chunk_size;
  gzip_ = has_gzip_magic(file);
  if (gzip_) {
    source_->gz = gzopen(file.c_str(), "rb");
    if (source_->gz == nullptr)
      throw InputError(fmt::format("cannot open: {}", std::strerror(errno)));
  } else {
    source_->plain.open(file, std::ios::binary);
    if (!source_->plain) throw InputError(fmt::format("cannot open: {}", std::strerror(errno)));
  }
}

InputStream::InputStream(InputStream&&) noexcept = default;
InputStream& InputStream::operator=(InputStream&&) noexcept = default;
InputStream::~InputStream() = default;

// Appends the next chunk to `into`, hashed and counted; false (and nothing
// appended) at the end. The size limit is for what is held whole (rest,
// next_line), not for the stream.
bool InputStream::read_chunk(std::string& into) {
  Source& source = *source_;
  if (source.ended) return false;
  const std::size_t old_size = into.size();
  into.resize(old_size + source.chunk_size);
  const std::size_t got = source.read(into.data() + old_size, source.chunk_size);
  into.resize(old_size + got);
  if (got == 0) {
    source.ended = true;
    if (gzip_) source.finish_gzip();
    return false;
  }
  XXH3_64bits_update(source.hasher, into.data() + old_size, got);
  source.size += got;
  if (source.file_bytes_read != nullptr)
    *source.file_bytes_read =
        gzip_ ? static_cast<std::uintmax_t>(gzoffset(source.gz)) : source.size;
  return true;
}

// Reads one more chunk into the buffer, first dropping the consumed bytes
// (only a partial line is left then: the move is short).
bool InputStream::fill() {
  buffer_.erase(0, start_);
  start_ = 0;
  return read_chunk(buffer_);
}

// A line of many chunks (a JSON record of 42 MB) is not held twice, as the
// line and in the buffer, while it is read.
void InputStream::release_long_line() {
  if (buffer_.capacity() <= 4 * source_->chunk_size) return;
  buffer_.erase(0, start_);
  start_ = 0;
  buffer_.shrink_to_fit();
}

void InputStream::count_bytes(std::uintmax_t* bytes) { source_->file_bytes_read = bytes; }

std::uintmax_t InputStream::max_size() const { return source_->max_size; }

std::string_view InputStream::peek(std::size_t size) {
  while (buffer_.size() - start_ < size && fill()) {
  }
  return std::string_view(buffer_).substr(start_, size);
}

bool InputStream::next_line(std::string& line) {
  std::size_t scanned = 0; // bytes after start_ known to hold no line end
  for (;;) {
    const std::size_t end = buffer_.find_first_of("\r\n", start_ + scanned);
    // A `\r` last in the buffer may be the first half of `\r\n`: read on.
    if (end != std::string::npos && (buffer_[end] == '\n' || end + 1 < buffer_.size())) {
      if (end - start_ > source_->max_size) skip_long_line(end - start_);
      line.assign(buffer_, start_, end - start_);
      start_ = end + 1;
      if (buffer_[end] == '\r' && buffer_[start_] == '\n') ++start_;
      release_long_line();
      return true;
    }
    scanned = (end == std::string::npos ? buffer_.size() : end) - start_;
    if (scanned > source_->max_size) skip_long_line(scanned);
    if (!fill()) break;
  }
  if (start_ == buffer_.size()) return false;
  line.assign(buffer_, start_, scanned); // the last line has no end, or ends with a lone `\r`
  start_ = buffer_.size();
  release_long_line();
  return true;
}

// Drops the line being read, `held` bytes of it in the buffer so far, up to
// and with its end (never holding more of it), and says how long it was.
void InputStream::skip_long_line(std::size_t held) {
  std::uintmax_t length = held;
  buffer_.erase(0, start_ + held);
  start_ = 0;
  for (;;) {
    const std::size_t end = buffer_.find_first_of("\r\n");
    if (end != std::string::npos) {
      length += end;
      buffer_.erase(0, end); // the line's end first in the buffer
      // A `\r` last in the buffer may be the first half of `\r\n`.
      if (buffer_ == "\r" && read_chunk(buffer_)) continue;
      start_ = buffer_.starts_with("\r\n") ? 2 : 1;
      break;
    }
    length += buffer_.size();
    buffer_.clear();
    if (!read_chunk(buffer_)) break;
  }
  release_long_line();
  throw LongLine(length, source_->max_size);
}

LongLine::LongLine(std::uintmax_t length, std::uintmax_t limit)
    : InputError(fmt::format("line of {} bytes, over the limit of {} (--max-file-size); skipped",
                             length, limit)) {}

std::string InputStream::rest() {
  buffer_.erase(0, start_);
  start_ = 0;
  std::string out = std::move(buffer_);
  buffer_.clear();
  // What is read whole is what the size limit is for.
  if (!gzip_ && source_->file_size > source_->max_size)
    too_large(source_->file_size, source_->max_size, "file");
  // Room for the whole file at once: grown by doubling, a 42 MB file took 64 MB.
  if (!gzip_) out.reserve(source_->file_size + source_->chunk_size);
  // Checked as it grows, and at the end: the head may have read it all.
  do {
    if (out.size() > source_->max_size)
      too_large(source_->size, source_->max_size, gzip_ ? "decompressed content" : "file");
  } while (read_chunk(out));
  return out;
}

std::string InputStream::hash() {
  buffer_.clear(); // already hashed
  start_ = 0;
  while (read_chunk(buffer_))
    buffer_.clear();
  return encode_hash(XXH3_64bits_digest(source_->hasher));
}

} // namespace news
