// doctest's main(), and the exit status that tells ctest a test was skipped.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "tests/skip.hh"

namespace {

bool skipped = false;

} // namespace

void news::test::skip_test(const std::string& reason) {
  MESSAGE("skipped: " << reason);
  skipped = true;
}

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int status = context.run();
  if (context.shouldExit() || status != 0) return status;
  return skipped ? NEWS_SKIP_RETURN_CODE : 0;
}
