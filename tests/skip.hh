// A test that cannot run here (its corpus is absent) says so, and ctest
// shows it as skipped rather than passed.
#pragma once

#include <string>

namespace news::test {

/**
 * Skips the running test: prints "skipped: REASON", and the test process
 * exits with ctest's SKIP_RETURN_CODE unless a test failed
 * (tests/CMakeLists.txt). ctest runs each test case in a process of its
 * own, so it shows exactly that case as skipped. The test then returns.
 */
void skip_test(const std::string& reason);

} // namespace news::test
