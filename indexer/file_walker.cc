#include "indexer/file_walker.hh"

#include <algorithm>
#include <set>
#include <system_error>

namespace news {
namespace {

namespace fs = std::filesystem;

class Walker {
public:
  Walker(const std::vector<fs::path>& excluded, const WalkRules& rules, ProblemSink& problems)
      : rules_(rules), problems_(problems) {
    for (const fs::path& folder : excluded) {
      std::error_code ec;
      const fs::path canonical = fs::canonical(folder, ec);
      if (!ec) seen_folders_.insert(canonical); // as if already read
    }
  }

  // `logical`: the path as walked from the path given (made absolute), not
  // resolved through symlinks: what the ignore patterns are matched against.
  void visit(const fs::path& path, const fs::path& logical) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(path, ec);
    if (ec) return fail(path, ec.message());
    const fs::file_status status = fs::status(canonical, ec);
    if (ec) return fail(path, ec.message());
    if (fs::is_directory(status)) return visit_directory(path, canonical, logical);
    if (fs::is_regular_file(status)) {
      if (seen_files_.insert(canonical).second) files_.push_back(canonical);
      return;
    }
    fail(path, "not a regular file or folder");
  }

  /** A path given: taken whatever the rules say, and the base of their patterns. */
  void visit_root(const fs::path& path) {
    std::error_code ec;
    walked_ = fs::absolute(path, ec).lexically_normal();
    if (walked_.has_filename() == false) walked_ = walked_.parent_path();
    visit(path, walked_);
  }

  /** The files in walking order, what was skipped by path. */
  WalkedFiles take() {
    std::sort(skipped_.begin(), skipped_.end(),
              [](const SkippedPath& a, const SkippedPath& b) { return a.path < b.path; });
    return {std::move(files_), std::move(skipped_)};
  }

private:
  void visit_directory(const fs::path& shown, const fs::path& canonical, const fs::path& logical) {
    // A folder that contains itself through a symlink is a loop (an error);
    // one reached again through two roots is simply not read twice.
    if (std::find(ancestors_.begin(), ancestors_.end(), canonical) != ancestors_.end())
      return fail(shown, "symlink loop: this folder contains itself, skipped");
    if (!seen_folders_.insert(canonical).second) return;
    ancestors_.push_back(canonical);
    if (rules_.ignore_files) {
      IgnoreRuleSet set = read_ignore_file(canonical, problems_);
      set.base = logical; // its patterns are relative to the folder as walked
      ignore_files_.push_back(std::move(set));
    }
    read_directory(shown, canonical, logical);
    if (rules_.ignore_files) ignore_files_.pop_back();
    ancestors_.pop_back();
  }

  void read_directory(const fs::path& shown, const fs::path& canonical, const fs::path& logical) {
    std::error_code ec;
    std::vector<fs::path> names;
    for (fs::directory_iterator it(canonical, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path name = it->path().filename();
      if (!name.empty() && name.string().front() == '.') continue;
      if (skipped(logical / name, canonical / name, *it)) continue;
      names.push_back(name);
    }
    if (ec) return fail(shown, ec.message());
    std::sort(names.begin(), names.end());
    for (const fs::path& name : names)
      visit(shown / name, logical / name);
  }

  // Whether an entry of a folder is left out: excluded (by either of its
  // paths), or skipped by the rules (then listed).
  bool skipped(const fs::path& logical, const fs::path& in_canonical,
               const fs::directory_entry& entry) {
    if (rules_.excluded.contains(logical.string()) ||
        rules_.excluded.contains(in_canonical.string()))
      return true;
    if (rules_.sets.empty() && ignore_files_.empty()) return false;
    std::error_code ec;
    const bool folder = entry.is_directory(ec);
    std::vector<const IgnoreRuleSet*> sets;
    for (const IgnoreRuleSet& set : rules_.sets)
      sets.push_back(&set);
    for (const IgnoreRuleSet& set : ignore_files_)
      sets.push_back(&set);
    const IgnoreRule* rule = deciding_rule(sets, walked_, logical, folder);
    if (!rule || rule->pattern.negated()) return false;
    skipped_.push_back({logical, folder, rule->pattern.text(), rule->origin});
    return true;
  }

  void fail(const fs::path& path, std::string message) {
    problems_.problem({Problem::Severity::Error, path.string(), std::nullopt, std::move(message)});
  }

  const WalkRules& rules_;
  ProblemSink& problems_;
  fs::path walked_;                         /**< the path given whose folders are walked */
  std::vector<IgnoreRuleSet> ignore_files_; /**< of the folders being walked, outermost first */
  std::vector<SkippedPath> skipped_;
  std::vector<fs::path> ancestors_;
  std::set<fs::path> seen_folders_;
  std::set<fs::path> seen_files_;
  std::vector<fs::path> files_;
};

} // namespace

WalkedFiles walk_files(const std::vector<fs::path>& roots, const std::vector<fs::path>& excluded,
                       const WalkRules& rules, ProblemSink& problems) {
  Walker walker(excluded, rules, problems);
  for (const fs::path& root : roots)
    walker.visit_root(root);
  return walker.take();
}

std::vector<fs::path> collect_files(const std::vector<fs::path>& roots,
                                    const std::vector<fs::path>& excluded, ProblemSink& problems) {
  return walk_files(roots, excluded, WalkRules{}, problems).files;
}

} // namespace news
