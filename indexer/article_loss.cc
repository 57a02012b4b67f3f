#include "indexer/article_loss.hh"

#include <fmt/core.h>

namespace news {

bool loses_most(unsigned before, unsigned after) {
  if (after >= before) return false;
  return after == 0 || (before - after >= 2 && after * 2 < before);
}

void ArticleLossCheck::before(const FileRegistry& registry,
                              const std::vector<std::filesystem::path>& files) {
  known_.clear();
  for (const std::filesystem::path& file : files) {
    const std::optional<FileRecord> record = registry.get(file.string());
    if (record && record->error.empty() && record->articles > 0)
      known_.emplace_back(record->path, record->articles);
  }
}

void ArticleLossCheck::after(const FileRegistry& registry, const RunReport& report,
                             ProblemSink& problems) {
  for (const auto& [path, before] : known_) {
    const std::optional<FileRecord> record = registry.get(path);
    // A file that failed as a whole kept its articles; one that was not read
    // again (unchanged, interrupted) kept its count.
    if (!record || !record->error.empty() || !loses_most(before, record->articles)) continue;
    const unsigned unread = report.record_problems(path);
    if (unread == 0) continue; // it simply has fewer articles now
    problems.problem(
        {Problem::Severity::Error, path, std::nullopt,
         fmt::format("lost most of its articles: {} before, {} now; {} of its records "
                     "could not be read (see the warnings; read with other options than "
                     "before? 'news-index sources' shows each root's)",
                     before, record->articles, unread)});
  }
  known_.clear();
}

} // namespace news
