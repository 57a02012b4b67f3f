#include "tests/e2e/golden_file.hh"

#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"

namespace news::test {

namespace fs = std::filesystem;

fs::path golden_folder(const std::string& name) {
  return fs::path(FIXTURES_DIR).parent_path() / "golden" / name;
}

void check_golden(const fs::path& golden, const std::string& actual) {
  CAPTURE(golden.string());
  if (std::getenv("NEWS_UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    FAIL_CHECK("golden file written: read it, then run again without NEWS_UPDATE_GOLDEN");
    return;
  }
  REQUIRE(fs::exists(golden));
  CHECK(actual == file_contents(golden));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text;
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
  return text;
}

} // namespace news::test
