// One line of an ignore file (.newsignore, the config's `ignore`), with the
// semantics of .gitignore: `#` comments and blank lines are no pattern; `!`
// re-includes what an earlier pattern skipped; a trailing `/` matches folders
// only; a pattern with a `/` at its start or in its middle is anchored to the
// folder of the file it came from (its base), one without matches a name at
// any depth; `*`, `?` and `[...]` match within one path component (fnmatch(3)),
// `**` matches any number of components; `\` escapes the next character.
// As in git, `*` matches a leading dot too (hidden entries are skipped anyway).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news {

class IgnorePattern {
public:
  /** The pattern of one line, or nullopt for a comment or a blank line. */
  static std::optional<IgnorePattern> parse(std::string_view line, bool case_fold = false);

  /**
   * Whether the pattern matches `relative`: a path relative to the pattern's
   * base, its components separated by `/`; `is_folder` says what it names.
   */
  bool matches(std::string_view relative, bool is_folder) const;

  bool negated() const { return negated_; }
  /** The line as written (without trailing spaces). */
  const std::string& text() const { return text_; }

private:
  std::string text_;
  std::vector<std::string> components_;
  bool negated_ = false;
  bool folders_only_ = false;
  bool anchored_ = false;
  bool case_fold_ = false;
};

} // namespace news
