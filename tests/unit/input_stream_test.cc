#include "indexer/input_stream.hh"

#include <cstdlib>
#include <fstream>
#include <functional>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/core.h>
#include <zlib.h>

#include "common/index_codecs.hh"
#include "common/problem.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kNoLimit = 1u << 30;

fs::path write_gzip(const TempDir& dir, const std::string& name, const std::string& bytes) {
  const fs::path file = dir.path / name;
  gzFile gz = gzopen(file.c_str(), "wb");
  REQUIRE(gz != nullptr);
  REQUIRE(gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size())) ==
          static_cast<int>(bytes.size()));
  REQUIRE(gzclose(gz) == Z_OK);
  return file;
}

std::vector<std::string> lines_of(InputStream& input) {
  std::vector<std::string> lines;
  std::string line;
  while (input.next_line(line))
    lines.push_back(line);
  return lines;
}

std::vector<std::string> lines_of(const fs::path& file, std::size_t chunk_size) {
  InputStream input(file, kNoLimit, chunk_size);
  return lines_of(input);
}

std::string whole_file_hash(const std::string& bytes) { return hash_of(bytes); }

std::string error_of(const std::function<void()>& read) {
  try {
    read();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_SUITE("input_stream") {
  TEST_CASE("a line split across chunk reads comes whole, whatever the chunk size") {
    TempDir dir;
    const fs::path file = dir.write("a.jsonl", "alpha\nbeta gamma delta\n\nepsilon\n");
    const std::vector<std::string> expected{"alpha", "beta gamma delta", "", "epsilon"};
    for (std::size_t chunk : {1, 2, 3, 5, 7, 64, 1 << 16})
      CHECK(lines_of(file, chunk) == expected);
  }

  TEST_CASE("a file without a final newline still gives its last line") {
    TempDir dir;
    const fs::path file = dir.write("a.txt", "one\ntwo");
    for (std::size_t chunk : {1, 3, 64})
      CHECK(lines_of(file, chunk) == std::vector<std::string>{"one", "two"});
    CHECK(lines_of(dir.write("empty.txt", ""), 4).empty());
  }

  TEST_CASE("CRLF and a lone CR end lines, also when a chunk ends between CR and LF") {
    TempDir dir;
    const fs::path file = dir.write("a.txt", "a\r\nbb\rccc\r\n\r\nd\r");
    const std::vector<std::string> expected{"a", "bb", "ccc", "", "d"};
    for (std::size_t chunk : {1, 2, 3, 4, 5, 64})
      CHECK(lines_of(file, chunk) == expected);
  }

  TEST_CASE("peek consumes nothing, rest gives what lines left") {
    TempDir dir;
    const fs::path file = dir.write("a.txt", "first\nsecond\nthird");
    InputStream input(file, kNoLimit, 4);
    CHECK(input.peek(8) == "first\nse");
    CHECK(input.peek(100) == "first\nsecond\nthird");
    std::string line;
    REQUIRE(input.next_line(line));
    CHECK(line == "first");
    CHECK(input.rest() == "second\nthird");
    CHECK_FALSE(input.next_line(line));
  }

  TEST_CASE("gzip is recognised by its magic bytes and decompressed as it is read") {
    TempDir dir;
    std::string text;
    for (int i = 0; i < 2000; ++i)
      text += fmt::format("{{\"id\": \"r-{}\"}}\n", i);
    const fs::path file = write_gzip(dir, "records.data", text);
    InputStream input(file, kNoLimit, 1000);
    CHECK(input.gzip());
    const std::vector<std::string> lines = lines_of(input);
    REQUIRE(lines.size() == 2000);
    CHECK(lines[1234] == "{\"id\": \"r-1234\"}");
    CHECK(input.hash() == whole_file_hash(text));
    CHECK_FALSE(InputStream(dir.write("plain.txt", text), kNoLimit).gzip());
  }

  TEST_CASE("truncated gzip is an error at its end") {
    TempDir dir;
    const std::string text(100000, 'z');
    const fs::path file = write_gzip(dir, "cut.txt.gz", text + "\nthe end\n");
    fs::resize_file(file, fs::file_size(file) - 12);
    InputStream input(file, kNoLimit, 4096);
    CHECK(error_of([&] { input.rest(); }) == "truncated gzip data (the file ends mid-stream)");
    CHECK(error_of([&] { InputStream(file, kNoLimit).hash(); }).starts_with("truncated gzip"));
  }

  TEST_CASE("corrupt gzip is an error") {
    TempDir dir;
    const fs::path file = dir.write("bad.gz", std::string("\x1f\x8b\x08\x00garbage here", 16));
    CHECK(error_of([&] { InputStream(file, kNoLimit).rest(); }).starts_with("corrupt gzip data"));
  }

  TEST_CASE("--max-file-size holds for a file read whole and for its decompressed content") {
    TempDir dir;
    const fs::path plain = dir.write("big.txt", std::string(1000, 'x'));
    CHECK(error_of([&] { InputStream(plain, 999).rest(); }) ==
          "file is 1000 bytes, over the limit of 999 (--max-file-size); skipped");
    CHECK(error_of([&] { InputStream(plain, 1000).rest(); }).empty());

    const fs::path packed = write_gzip(dir, "big.txt.gz", std::string(300000, 'x'));
    REQUIRE(fs::file_size(packed) < 200000);
    CHECK(error_of([&] { InputStream(packed, 200000).rest(); }) ==
          "decompressed content is 262144 bytes, over the limit of 200000 (--max-file-size); "
          "skipped");
  }

  TEST_CASE("bug: --max-file-size limited a stream read line by line, not the line") {
    TempDir dir;
    std::string lines;
    for (int i = 0; i < 1000; ++i)
      lines += fmt::format("line {:04}\n", i); // 10 bytes a line, 10,000 in all
    const fs::path plain = dir.write("lines.txt", lines);
    const fs::path packed = write_gzip(dir, "lines.txt.gz", lines);
    for (const fs::path& file : {plain, packed}) {
      InputStream input(file, 100, 64);
      const std::vector<std::string> read = lines_of(input);
      REQUIRE(read.size() == 1000);
      CHECK(read.back() == "line 0999");
      CHECK(InputStream(file, 100).hash() == whole_file_hash(lines));
    }
  }

  TEST_CASE("a line over --max-file-size is skipped, never held, and the next one read") {
    TempDir dir;
    const std::string text =
        "short\n" + std::string(5000, 'y') + "\r\nafter\n" + std::string(150, 'z');
    const fs::path file = dir.write("long.txt", text);
    for (const std::size_t chunk : {7u, 64u, 4096u}) {
      CAPTURE(chunk);
      InputStream input(file, 100, chunk);
      std::string line;
      REQUIRE(input.next_line(line));
      CHECK(line == "short");
      CHECK(error_of([&] { input.next_line(line); }) ==
            "line of 5000 bytes, over the limit of 100 (--max-file-size); skipped");
      REQUIRE(input.next_line(line));
      CHECK(line == "after");
      CHECK(error_of([&] { input.next_line(line); }) ==
            "line of 150 bytes, over the limit of 100 (--max-file-size); skipped");
      CHECK_FALSE(input.next_line(line));
      CHECK(input.hash() == whole_file_hash(text));
    }
  }

  TEST_CASE("a missing file is an error when opened") {
    TempDir dir;
    CHECK(error_of([&] { InputStream(dir.path / "missing.txt", kNoLimit); }) ==
          "No such file or directory");
  }

  TEST_CASE("the hash is XXH3 of the whole content, however it was read") {
    TempDir dir;
    std::string text;
    for (int i = 0; i < 5000; ++i)
      text += fmt::format("line {} of the file\r\n", i);
    const fs::path file = dir.write("a.txt", text);
    const std::string expected = whole_file_hash(text);
    CHECK(InputStream(file, kNoLimit).hash() == expected);
    InputStream by_lines(file, kNoLimit, 333);
    lines_of(by_lines);
    CHECK(by_lines.hash() == expected);
    InputStream peeked(file, kNoLimit, 1000);
    CHECK(peeked.peek(5000).size() == 5000);
    CHECK(peeked.hash() == expected);
    InputStream whole(file, kNoLimit, 100);
    CHECK(whole.rest() == text);
    CHECK(whole.hash() == expected);
    CHECK(InputStream(dir.write("empty.txt", ""), kNoLimit).hash() == whole_file_hash(""));
  }
}
