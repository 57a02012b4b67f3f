#include "indexer/indexing_run.hh"
#include "common/counted.hh"

#include <algorithm>
#include <system_error>

#include <fmt/core.h>

#include "common/problem.hh"
#include "indexer/article_pipeline.hh"
#include "indexer/input_stream.hh"
#include "indexer/interrupt.hh"
#include "indexer/person_memory_pass.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

struct FileStat {
  std::uintmax_t size = 0;
  long long mtime_ns = 0;
};

std::optional<FileStat> stat_file(const fs::path& file) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec) return std::nullopt;
  const auto written = fs::last_write_time(file, ec);
  if (ec) return std::nullopt;
  const auto since_epoch = std::chrono::file_clock::to_sys(written).time_since_epoch();
  return FileStat{size, std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count()};
}

} // namespace

IndexingRun::IndexingRun(ArticleIndex* index, FileRegistry& registry, const RunOptions& options,
                         RunReport& report)
    : index_(index), registry_(registry), options_(options), report_(report) {}

void IndexingRun::use_shards_if_new(const fs::path& database, unsigned jobs) {
  IndexWriter* writer = index_ == nullptr ? nullptr : index_->single_writer();
  if (writer == nullptr || !ShardedBuild::worth_it(*writer, jobs)) return;
  // The roots and records so far are kept even if the run is killed.
  writer->commit();
  build_ = std::make_unique<ShardedBuild>(database, jobs, options_.batch_size);
}

void IndexingRun::finish() {
  // The steps after the last file: the progress line goes on through them.
  const StepProgress progress = [this](const std::string& step, std::uint64_t done,
                                       std::uint64_t total) { report_.step(step, done, total); };
  if (build_) { // the merged database gets the person memory before it is swapped in
    tally_.add_outcomes(build_->finish(*index_->single_writer(), progress));
    build_.reset();
  } else {
    index_->finish(progress);
    // The archive's memory of persons, in step with what the run changed (over every shard).
    remember_persons(*index_);
  }
  tally_.add_outcomes(index_->outcomes());
}

// The bytes of the files that will be read: those the registry does not
// know as they are (the test of visit_file).
std::uintmax_t IndexingRun::bytes_to_read(const fs::path& file) const {
  const std::optional<FileStat> stat = stat_file(file);
  if (!stat) return 0;
  const std::optional<FileRecord> known = registry_.get(file.string());
  const bool same = known && stat->size == known->size && stat->mtime_ns == known->mtime_ns;
  return same && (known->error.empty() || !options_.retry_failed) ? 0 : stat->size;
}

void IndexingRun::show_progress() {
  progress_.bytes_done = bytes_before_file_ + std::min(file_bytes_read_, file_bytes_);
  progress_.articles = articles_seen_;
  report_.progress(progress_);
}

void IndexingRun::plan(const std::vector<fs::path>& files) {
  planned_ = true;
  for (const fs::path& file : files)
    progress_.bytes_total += bytes_to_read(file);
  progress_.files_total += static_cast<unsigned>(files.size());
}

bool IndexingRun::visit(const std::vector<fs::path>& files) {
  std::vector<std::uintmax_t> sizes;
  for (const fs::path& file : files)
    sizes.push_back(bytes_to_read(file));
  if (!planned_) {
    for (std::uintmax_t size : sizes)
      progress_.bytes_total += size;
    progress_.files_total += static_cast<unsigned>(files.size());
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (interrupt_signal() != 0) return false;
    file_bytes_ = sizes[i];
    file_bytes_read_ = 0;
    visit_file(files[i]);
    bytes_before_file_ += sizes[i];
    file_bytes_ = file_bytes_read_ = 0;
    ++progress_.files_done;
    show_progress();
  }
  return interrupt_signal() == 0;
}

void IndexingRun::visit_file(const fs::path& file) {
  ++tally_.files;
  const std::optional<FileRecord> known = registry_.get(file.string());
  const std::optional<FileStat> stat = stat_file(file);
  FileRecord record;
  if (known) record = *known;
  record.path = file.string();
  if (stat && known && stat->size == known->size && stat->mtime_ns == known->mtime_ns) {
    if (!known->error.empty() && !options_.retry_failed) {
      ++tally_.not_retried;
      return;
    }
    if (known->error.empty()) {
      tally_.unchanged += known->articles;
      return;
    }
  }
  if (stat) {
    record.size = stat->size;
    record.mtime_ns = stat->mtime_ns;
  }
  try {
    InputStream input(file, options_.read.max_file_size);
    input.count_bytes(&file_bytes_read_);
    // The content is hashed in a pass of its own, before parsing, when the
    // hash decides whether to parse at all (a known file may only have been
    // touched), for a dry run, and for gzip: its truncation shows only at
    // its end, and no article of a broken file must reach the index. A new
    // plain file is hashed as it is parsed.
    const bool compare = known && known->error.empty();
    if (compare || input.gzip() || options_.dry_run) {
      const std::string hash = InputStream(file, options_.read.max_file_size).hash();
      if (compare && known->hash == hash) { // touched, not changed
        tally_.unchanged += known->articles;
        if (!options_.dry_run) registry_.put(record);
        return;
      }
      record.hash = hash;
    }
    if (options_.dry_run) {
      report_.planned(known ? "update" : "add", file.string());
      count_planned(file, known, std::move(input));
      return;
    }
    // A copy: should reading fail half way, `fail` records the file by it.
    index_file(file, record, std::move(input));
  } catch (const InputError& e) {
    fail(std::move(record), e.problem(file.string()));
  }
}

void IndexingRun::index_file(const fs::path& file, FileRecord record, InputStream input) {
  // Articles go to the index as they are read: a large file is never held as
  // articles all at once. The ids read are kept only when the file had
  // articles before, to remove those it no longer has.
  const bool had_articles = !build_ && index_->may_have_file_articles(file.string());
  std::set<std::string> ids;
  const auto add = [&](Article&& article, const SourceFile& source) {
    // Once the run is interrupted its articles are dropped, not analysed:
    // the record stays old, and the next run reads the file again.
    if (interrupt_signal() != 0) return;
    analyse_article(article, source, options_.read);
    if (interrupt_signal() != 0) return;
    ++articles_seen_;
    show_progress();
    if (build_) { // a new database: nothing to replace or remove, outcomes at the end
      build_->add(std::move(article));
      return;
    }
    if (had_articles) ids.insert(article.id);
    index_->add(std::move(article));
    index_->commit_if_batch_full(options_.batch_size);
  };
  const FileArticles read = parse_articles(file, std::move(input), options_.read, add);
  if (interrupt_signal() != 0) return;
  std::string file_error; // a problem with the whole file, not one record
  for (const Problem& problem : read.problems) {
    if (problem.is_error() && !problem.record && file_error.empty()) file_error = problem.message;
    this->problem(problem);
  }
  tally_.failed += read.unlisted_errors;
  // A file that could not be read at all keeps the articles it gave before.
  if (had_articles && (file_error.empty() || read.count > 0))
    index_->remove_file_articles(file.string(), ids);
  record.articles = read.count;
  record.hash = read.hash;
  record.error = file_error; // remembered: not read again until it changes
  registry_.put(record);
}

// What a dry run says a file would give: it is read (its articles counted
// as they go by, not kept), and its problems are reported as a run would;
// a new file's articles would be added, a changed one's updated, and those
// it has fewer than before removed.
void IndexingRun::count_planned(const fs::path& file, const std::optional<FileRecord>& known,
                                InputStream input) {
  const auto count = [&](Article&&, const SourceFile&) {
    ++articles_seen_;
    show_progress();
  };
  const FileArticles read = parse_articles(file, std::move(input), options_.read, count);
  for (const Problem& problem : read.problems)
    this->problem(problem);
  tally_.failed += read.unlisted_errors;
  (known ? tally_.updated : tally_.added) += read.count;
  if (known && known->articles > read.count) tally_.removed += known->articles - read.count;
}

void IndexingRun::problem(const Problem& problem) {
  if (problem.is_error()) ++tally_.failed;
  report_.problem(problem);
}

void IndexingRun::fail(FileRecord record, const Problem& problem) {
  this->problem(problem);
  if (options_.dry_run) return;
  // Its articles from before stay: nothing already indexed is lost.
  record.error = problem.message;
  registry_.put(record);
}

void IndexingRun::remove_missing(const std::string& root, const std::set<std::string>& present) {
  for (const FileRecord& record : registry_.files(root)) {
    if (interrupt_signal() != 0) return;
    if (present.contains(record.path)) continue;
    remove_file(record);
  }
}

void IndexingRun::remove_file(const FileRecord& record) {
  if (options_.dry_run) {
    report_.planned(fmt::format("remove ({})", counted(record.articles, "article")), record.path);
    tally_.removed += record.articles;
    return;
  }
  index_->remove_file_articles(record.path);
  registry_.erase(record.path);
  index_->commit_if_batch_full(options_.batch_size);
}

} // namespace news
