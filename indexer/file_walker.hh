// Turns the paths given on the command line into the files to read.
#pragma once

#include <filesystem>
#include <vector>

#include "common/problem.hh"

namespace news {

/**
 * Expands files and folders (recursively) into regular files, in a stable
 * order. Hidden files and folders (name starting with '.') inside a folder
 * are skipped; a hidden path named on the command line is taken. Symlinks
 * are followed, but a folder reached twice (a symlink loop) is reported and
 * not entered again. Paths are made absolute and canonical. Each path that
 * cannot be read is reported to `problems` and skipped. Folders in
 * `excluded` (the database itself, when it lies inside an archive folder)
 * are never entered.
 */
std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& roots,
                                                 const std::vector<std::filesystem::path>& excluded,
                                                 ProblemSink& problems);

} // namespace news
