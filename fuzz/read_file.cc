// Fuzz target: one input file read as news-index reads it: the gzip input
// stream, format detection, text decoding, then whichever reader the content
// asks for, and the analysis of each article (entity extraction...). Also: the stream gives the
// same bytes and hash whatever its chunk size.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/problem.hh"
#include "indexer/article_pipeline.hh"
#include "indexer/input_stream.hh"
#include "indexer/read_articles.hh"

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxSize = 1 << 20;

// One scratch file a process, removed at exit.
const fs::path& scratch_file() {
  static const fs::path file = [] {
    std::string pattern = (fs::temp_directory_path() / "news-fuzz-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) std::abort();
    close(fd);
    std::atexit([] { fs::remove(scratch_file()); });
    return fs::path(pattern);
  }();
  return file;
}

std::string hash_in_small_chunks(const fs::path& file) {
  news::InputStream input(file, kMaxSize, 7);
  std::string line;
  while (input.next_line(line)) {
  }
  return input.hash();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path& file = scratch_file();
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  news::ReadOptions options;
  options.max_file_size = kMaxSize;
  std::string hash;
  try {
    const auto analyse = [&](news::Article&& article, const news::SourceFile& source) {
      news::analyse_article(article, source, options);
    };
    const auto read =
        news::parse_articles(file, news::InputStream(file, kMaxSize, 4096), options, analyse);
    hash = read.hash;
  } catch (const news::InputError&) {
    return 0; // a file that cannot be indexed at all: said so, nothing else
  }
  if (hash_in_small_chunks(file) != hash) std::abort();
  return 0;
}
