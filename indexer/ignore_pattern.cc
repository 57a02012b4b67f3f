#include "indexer/ignore_pattern.hh"

#include <fnmatch.h>

namespace news {
namespace {

std::vector<std::string> split_components(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    if (slash > start) out.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

// Trailing spaces are dropped unless escaped with a backslash.
std::string_view without_trailing_spaces(std::string_view line) {
  while (!line.empty() && line.back() == ' ') {
    std::size_t backslashes = 0;
    for (std::size_t i = line.size() - 1; i > 0 && line[i - 1] == '\\'; --i)
      ++backslashes;
    if (backslashes % 2 == 1) break;
    line.remove_suffix(1);
  }
  return line;
}

// Pattern components [p, pe) against path components [n, ne); `**` is any
// number of components (none included).
bool match_from(const std::vector<std::string>& pattern, std::size_t p,
                const std::vector<std::string>& path, std::size_t n, int flags) {
  for (; p < pattern.size(); ++p, ++n) {
    if (pattern[p] == "**") {
      // A trailing `/**` is what is inside: one component at least.
      const std::size_t least = p + 1 == pattern.size() ? n + 1 : n;
      for (std::size_t skip = least; skip <= path.size(); ++skip)
        if (match_from(pattern, p + 1, path, skip, flags)) return true;
      return false;
    }
    if (n == path.size()) return false;
    if (fnmatch(pattern[p].c_str(), path[n].c_str(), flags) != 0) return false;
  }
  return n == path.size();
}

} // namespace

std::optional<IgnorePattern> IgnorePattern::parse(std::string_view line, bool case_fold) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  line = without_trailing_spaces(line);
  if (line.empty() || line.front() == '#') return std::nullopt;
  IgnorePattern pattern;
  pattern.text_ = std::string(line);
  pattern.case_fold_ = case_fold;
  if (line.front() == '!') {
    pattern.negated_ = true;
    line.remove_prefix(1);
  } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    pattern.folders_only_ = true;
    line.remove_suffix(1);
  }
  pattern.anchored_ = line.find('/') != std::string_view::npos;
  pattern.components_ = split_components(line);
  if (pattern.components_.empty()) return std::nullopt; // "/" or "!": nothing to match
  return pattern;
}

bool IgnorePattern::matches(std::string_view relative, bool is_folder) const {
  if (folders_only_ && !is_folder) return false;
  const std::vector<std::string> path = split_components(relative);
  if (path.empty()) return false;
  const int flags = FNM_PATHNAME | (case_fold_ ? FNM_CASEFOLD : 0);
  if (!anchored_) // a name: the last component, at any depth
    return components_.size() == 1 &&
           fnmatch(components_.front().c_str(), path.back().c_str(), flags) == 0;
  return match_from(components_, 0, path, 0, flags);
}

} // namespace news
