#include "tests/e2e/golden.hh"

#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"

namespace news::test {

namespace fs = std::filesystem;

void check_golden(const fs::path& dir, const std::string& name, const std::string& actual) {
  const fs::path golden = dir / name;
  CAPTURE(golden.string());
  if (std::getenv("NEWS_UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(dir);
    std::ofstream(golden, std::ios::binary) << actual;
    FAIL_CHECK("golden file written: read it, then run again without NEWS_UPDATE_GOLDEN");
    return;
  }
  REQUIRE(fs::exists(golden));
  CHECK(actual == file_contents(golden));
}

} // namespace news::test
