// Reading files as their root was added: each file is read with the read
// options (--map, --max-file-size, --no-entities...) recorded with the
// deepest root it lies under, so that `sync` reads a file as `add` did.
#pragma once

#include <filesystem>
#include <vector>

#include "indexer/file_registry.hh"
#include "indexer/file_walker.hh"
#include "indexer/indexing_run.hh"
#include "indexer/run_report.hh"

namespace news {

/** The deepest of `roots` that `path` is or lies under; null when none. */
const Root* deepest_root(const std::vector<Root>& roots, const std::string& path);

/**
 * Visits `files`, found by walking `walked`, each with its root's read
 * options (`walked`'s for a file outside every root, reached through a
 * symlink), and checks that no known file lost most of its articles
 * (article_loss.hh). `options` is the one `run` was made with: its read
 * options are set for each group of files. False when interrupted.
 */
bool visit_as_recorded(IndexingRun& run, RunOptions& options,
                       const std::vector<std::filesystem::path>& files,
                       const std::vector<Root>& roots, const Root& walked,
                       const FileRegistry& registry, RunReport& report);

/** The run's one line on what the ignore rules skipped (RunReport::skipped_by_rules). */
void report_skipped(const std::vector<SkippedPath>& skipped, RunReport& report);

} // namespace news
