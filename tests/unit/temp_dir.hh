// A scratch folder for unit tests that need real files; removed at the end.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace news::test {

class TempDir {
public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "news-test-XXXXXX").string();
    path = std::filesystem::canonical(mkdtemp(pattern.data()));
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /** Writes a file (creating its folders) and returns its path. */
  std::filesystem::path write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path file = path / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

  std::filesystem::path path;
};

} // namespace news::test
