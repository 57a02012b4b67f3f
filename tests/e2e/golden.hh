// Whole outputs compared with golden files. NEWS_UPDATE_GOLDEN=1 writes the
// golden files instead (and fails, so that they are read before committing).
#pragma once

#include <filesystem>
#include <string>

namespace news::test {

/** Checks that `actual` is the golden file `dir/name`, or writes it (NEWS_UPDATE_GOLDEN). */
void check_golden(const std::filesystem::path& dir, const std::string& name,
                  const std::string& actual);

} // namespace news::test
