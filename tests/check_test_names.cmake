# cmake -DTEST_EXE=... -P check_test_names.cmake: fails when a test case of
# the doctest executable has a semicolon in its name. doctest_discover_tests
# reads the names as a CMake list, which a semicolon splits: ctest then
# registers a cut name that selects no test case, and reports a pass for a
# test that never ran.
execute_process(COMMAND "${TEST_EXE}" --list-test-cases --no-version=true
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${TEST_EXE} --list-test-cases failed (${status})")
endif()
string(FIND "${listing}" ";" semicolon)
if(semicolon GREATER_EQUAL 0)
  string(REPLACE ";" "<;>" marked "${listing}")
  string(REPLACE "\n" ";" lines "${marked}")
  foreach(line IN LISTS lines)
    if(line MATCHES "<;>")
      string(REPLACE "<;>" ";" line "${line}")
      message(SEND_ERROR "a test case name with a semicolon, which ctest would never run: ${line}")
    endif()
  endforeach()
  message(FATAL_ERROR "rename these test cases (a comma reads the same)")
endif()
