// Which files and folders a walk skips: ignore patterns (ignore_pattern.hh)
// from several places, each with the folder it is relative to, in order of
// precedence, lowest first: the defaults (what is never an article), the
// config file's `ignore` (config_file.hh), a configured root's own `ignore`,
// then the .newsignore files of the folders walked, shallower before deeper.
// As in git, the last pattern that matches decides (a `!` one re-includes),
// and a folder skipped is not entered, so nothing under it comes back.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/problem.hh"
#include "indexer/ignore_pattern.hh"

namespace news {

/** A pattern and where it was written: `FILE:LINE`, or `default`. */
struct IgnoreRule {
  IgnorePattern pattern;
  std::string origin;
};

/** Patterns relative to one folder; an empty `base` is the folder being walked. */
struct IgnoreRuleSet {
  std::filesystem::path base;
  std::vector<IgnoreRule> rules;
};

/** The name of the ignore files read in an archive's folders. */
inline constexpr const char* kIgnoreFileName = ".newsignore";

/**
 * The default rules: READMEs, licences and change logs, scripts, style
 * sheets, images, sound and video, archives (but .gz), office documents and
 * PDF files, for which no reader exists. Matched without regard to case.
 */
const std::vector<IgnoreRule>& default_ignore_rules();

/**
 * The rules of an ignore file in `folder` (its lines, with `FILE:LINE`
 * origins); none when it does not exist; a file that cannot be read is
 * reported to `problems` (a warning) and gives none.
 */
IgnoreRuleSet read_ignore_file(const std::filesystem::path& folder, ProblemSink& problems);

/**
 * The rule that decides `path` (absolute, not resolved through symlinks)
 * among `sets` (lowest precedence first), `walked` standing for an empty
 * base: the last that matches it, or null when none does. A negated rule
 * that decides means "not skipped".
 */
const IgnoreRule* deciding_rule(const std::vector<const IgnoreRuleSet*>& sets,
                                const std::filesystem::path& walked,
                                const std::filesystem::path& path, bool is_folder);

} // namespace news
