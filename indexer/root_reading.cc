#include "indexer/root_reading.hh"

#include "indexer/article_loss.hh"
#include "indexer/read_options_cli.hh"

namespace news {

const Root* deepest_root(const std::vector<Root>& roots, const std::string& path) {
  const Root* deepest = nullptr;
  for (const Root& root : roots)
    if (is_under(path, root.path) && (!deepest || root.path.size() > deepest->path.size()))
      deepest = &root;
  return deepest;
}

bool visit_as_recorded(IndexingRun& run, RunOptions& options,
                       const std::vector<std::filesystem::path>& files,
                       const std::vector<Root>& roots, const Root& walked,
                       const FileRegistry& registry, RunReport& report) {
  ArticleLossCheck loss;
  // Files in walking order, in runs of those read with the same root's options.
  for (std::size_t begin = 0; begin < files.size();) {
    const auto root_of = [&](std::size_t i) {
      const Root* root = deepest_root(roots, files[i].string());
      return root ? root : &walked;
    };
    const Root* root = root_of(begin);
    std::size_t end = begin + 1;
    while (end < files.size() && root_of(end)->read_options == root->read_options)
      ++end;
    const std::vector<std::filesystem::path> group(files.begin() + static_cast<long>(begin),
                                                   files.begin() + static_cast<long>(end));
    options.read = read_options_from(root->read_options);
    if (!options.dry_run) loss.before(registry, group);
    const bool finished = run.visit(group);
    if (!options.dry_run) loss.after(registry, report, run);
    if (!finished) return false;
    begin = end;
  }
  return true;
}

void report_skipped(const std::vector<SkippedPath>& skipped, RunReport& report) {
  unsigned folders = 0;
  for (const SkippedPath& path : skipped)
    folders += path.folder ? 1 : 0;
  report.skipped_by_rules(static_cast<unsigned>(skipped.size()) - folders, folders);
}

} // namespace news
