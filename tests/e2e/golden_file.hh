// Whole outputs compared with golden files (tests/golden/...): the
// comparison, and NEWS_UPDATE_GOLDEN=1 writing the file instead (and failing,
// so that it is read before committing).
#pragma once

#include <filesystem>
#include <string>

namespace news::test {

/** The folder of the golden files of one test file: tests/golden/NAME. */
std::filesystem::path golden_folder(const std::string& name);

/** Checks that `actual` is the golden file's content, or writes it under NEWS_UPDATE_GOLDEN. */
void check_golden(const std::filesystem::path& golden, const std::string& actual);

/** `text` with every `from` replaced by `to` (a sandbox's folder by `$DIR`). */
std::string replaced(std::string text, const std::string& from, const std::string& to);

} // namespace news::test
