#include "indexer/indexing_run.hh"

#include <system_error>

#include <fmt/core.h>

#include "common/problem.hh"
#include "indexer/article_pipeline.hh"
#include "indexer/input_stream.hh"
#include "indexer/interrupt.hh"

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
  if (build_) {
    tally_.add_outcomes(build_->finish(*index_->single_writer()));
    build_.reset();
  } else {
    index_->finish();
  }
  tally_.add_outcomes(index_->outcomes());
}

bool IndexingRun::visit(const std::vector<fs::path>& files) {
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (interrupt_signal() != 0) return false;
    visit_file(files[i]);
    report_.progress(static_cast<unsigned>(i + 1), static_cast<unsigned>(files.size()),
                     articles_seen_);
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
    report_.planned(fmt::format("remove ({} articles)", record.articles), record.path);
    return;
  }
  index_->remove_file_articles(record.path);
  registry_.erase(record.path);
  index_->commit_if_batch_full(options_.batch_size);
}

} // namespace news
