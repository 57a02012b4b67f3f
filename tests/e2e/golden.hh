// Whole outputs compared with golden files (tests/golden/NAME/...): the
// comparison, and NEWS_UPDATE_GOLDEN=1 writing the file instead (and failing,
// so that it is read before committing). The one helper of every golden test.
#pragma once

#include <filesystem>
#include <string>

#include "tests/e2e/cli_runner.hh"

namespace news::test {

/** The folder of the golden files of one test file: tests/golden/NAME. */
std::filesystem::path golden_folder(const std::string& name);

/** Checks that `actual` is the golden file's content, or writes it under NEWS_UPDATE_GOLDEN. */
void check_golden(const std::filesystem::path& golden, const std::string& actual);

/** `text` with every `from` replaced by `to` (a sandbox's folder by `$DIR`). */
std::string replaced(std::string text, const std::string& from, const std::string& to);

/** A run as its golden file shows it: "exit N", stdout, "--- stderr", stderr. */
std::string transcript(const RunResult& run);

} // namespace news::test
