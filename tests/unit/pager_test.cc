#include "searcher/pager.hh"

#include <cstdlib>
#include <optional>
#include <string>

#include <doctest/doctest.h>

using namespace news;

namespace {

// Sets $PAGER (nullopt: unsets it) for one test, then puts it back.
class PagerVariable {
public:
  explicit PagerVariable(const std::optional<std::string>& value) {
    if (const char* old = std::getenv("PAGER")) old_ = old;
    if (value)
      setenv("PAGER", value->c_str(), 1);
    else
      unsetenv("PAGER");
  }
  ~PagerVariable() {
    if (old_)
      setenv("PAGER", old_->c_str(), 1);
    else
      unsetenv("PAGER");
  }
  PagerVariable(const PagerVariable&) = delete;
  PagerVariable& operator=(const PagerVariable&) = delete;

private:
  std::optional<std::string> old_;
};

} // namespace

TEST_SUITE("pager") {
  TEST_CASE("without $PAGER the pager is less -FRX, as git's") {
    const PagerVariable pager(std::nullopt);
    CHECK(pager_command() == "less -FRX");
  }

  TEST_CASE("$PAGER is the pager's command line, and an empty one or cat is none") {
    {
      const PagerVariable pager("most -s");
      CHECK(pager_command() == "most -s");
    }
    {
      const PagerVariable pager("");
      CHECK(pager_command() == std::nullopt);
    }
    {
      const PagerVariable pager("cat");
      CHECK(pager_command() == std::nullopt);
    }
  }

  TEST_CASE("output that is not a terminal's goes to stdout, not to a pager") {
    const PagerVariable pager("false");
    // The tests run with stdout redirected by ctest.
    CHECK(dynamic_cast<StdioSink*>(output_sink(true).get()) != nullptr);
    CHECK(dynamic_cast<StdioSink*>(output_sink(false).get()) != nullptr);
  }
}
