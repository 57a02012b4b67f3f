// For the tests of the checks over tables (schema.hh, index_features.hh):
// what a check finds in a copy of a table after a change.
#pragma once

#include <string>

namespace news::test {

template <typename Table, typename Check, typename Change>
std::string problem_after(const Table& table, Check check, Change change) {
  Table copy = table;
  change(copy);
  return std::string(check(copy));
}

} // namespace news::test
