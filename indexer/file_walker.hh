// Turns the paths given on the command line into the files to read.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "common/problem.hh"
#include "indexer/ignore_rules.hh"

namespace news {

/** What a walk leaves out besides hidden entries. */
struct WalkRules {
  /** Ignore patterns, lowest precedence first (ignore_rules.hh); .newsignore files come after. */
  std::vector<IgnoreRuleSet> sets;
  /** Whether the .newsignore files of the folders walked are read. */
  bool ignore_files = false;
  /** Paths (files or folders) never taken inside a folder: `remove`'s exclusions. */
  std::set<std::string> excluded;
};

/** A file or folder the rules skipped, and the rule that did. */
struct SkippedPath {
  std::filesystem::path path;
  bool folder = false;
  std::string pattern;
  std::string origin; /**< `FILE:LINE` or `default` */
};

struct WalkedFiles {
  std::vector<std::filesystem::path> files;
  std::vector<SkippedPath> skipped;
};

/**
 * Expands files and folders (recursively) into regular files, in a stable
 * order. Hidden files and folders (name starting with '.') inside a folder
 * are skipped; a hidden path named on the command line is taken. Symlinks
 * are followed, but a folder reached twice (a symlink loop) is reported and
 * not entered again. Paths are made absolute and canonical. Each path that
 * cannot be read is reported to `problems` and skipped. Folders in
 * `excluded` (the database itself, when it lies inside an archive folder)
 * are never entered. Inside a folder, what `rules` skip is listed in
 * `skipped` (a folder skipped is not entered); the paths given are always taken.
 */
WalkedFiles walk_files(const std::vector<std::filesystem::path>& roots,
                       const std::vector<std::filesystem::path>& excluded, const WalkRules& rules,
                       ProblemSink& problems);

/** walk_files without rules: every file but the hidden ones. */
std::vector<std::filesystem::path> collect_files(const std::vector<std::filesystem::path>& roots,
                                                 const std::vector<std::filesystem::path>& excluded,
                                                 ProblemSink& problems);

} // namespace news
