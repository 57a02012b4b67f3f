// Where the real corpora are (../shared/corpora beside the project, or
// $NEWS_CORPORA_DIR): the tests that read them skip (skip.hh) when absent.
#pragma once

#include <cstdlib>
#include <filesystem>

namespace news::test {

/** Where the real corpora are: $NEWS_CORPORA_DIR, else ../shared/corpora beside the project. */
inline std::filesystem::path corpora_dir() {
  const char* dir = std::getenv("NEWS_CORPORA_DIR");
  return dir != nullptr && *dir != '\0' ? std::filesystem::path(dir)
                                        : std::filesystem::path(SHARED_DIR) / "corpora";
}

} // namespace news::test
