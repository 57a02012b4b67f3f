// doctest's main(), the exit status that tells ctest a test was skipped, and
// a failure for a run that was asked for test cases by name and found none.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <string_view>

#include "tests/skip.hh"

namespace {

bool skipped = false;
unsigned cases_run = 0;

// Counts the test cases that passed the run's filters.
struct CaseCounter : doctest::IReporter {
  explicit CaseCounter(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& stats) override {
    cases_run = stats.numTestCasesPassingFilters;
  }
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("case_counter", 1, CaseCounter);

// Whether the command line picks test cases by name, as ctest does for each
// case (`--test-case=NAME`).
bool names_test_cases(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--test-case=") || arg.starts_with("-tc=")) return true;
  }
  return false;
}

} // namespace

void news::test::skip_test(const std::string& reason) {
  MESSAGE("skipped: " << reason);
  skipped = true;
}

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int status = context.run();
  if (context.shouldExit() || status != 0) return status;
  // A name that selects nothing ran nothing: that is no pass (a name cut by
  // ctest's discovery, a test case renamed or removed).
  if (cases_run == 0 && names_test_cases(argc, argv)) {
    std::fprintf(stderr, "no test case has the name asked for: nothing ran\n");
    return 1;
  }
  return skipped ? NEWS_SKIP_RETURN_CODE : 0;
}
