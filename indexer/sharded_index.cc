#include "indexer/sharded_index.hh"

#include <map>
#include <utility>

#include "common/schema.hh"
#include "indexer/shard_layout.hh"
#include "indexer/story_grouper.hh"

namespace news {

namespace fs = std::filesystem;

namespace {

const std::string kStoriesPending(metadata_key(Metadata::StoriesPending));

// A run that changed more than one article in this many regroups the whole
// index in one pass (reading terms in order), not article by article.
constexpr Xapian::doccount kTouchedShare = 8;

} // namespace

ShardedIndex::ShardedIndex(const fs::path& stub, double lock_timeout, const std::string& command)
    : stub_(stub), specs_(read_stub_file(stub)) {
  // The registry first: its lock keeps a second news-index off every shard.
  registry_ = std::make_unique<IndexWriter>(registry_path(stub), lock_timeout, command,
                                            WriterRole::Registry);
  // Every shard is opened before any thread starts: one that fails to open
  // is an error like any other, with no thread to stop.
  for (const ShardSpec& spec : specs_) {
    auto writer =
        spec.remote()
            ? std::make_unique<IndexWriter>(open_shard_for_writing(spec, lock_timeout),
                                            WriterRole::Part)
            : std::make_unique<IndexWriter>(spec.path, lock_timeout, command, WriterRole::Part);
    workers_.push_back(std::make_unique<ShardWorker>(std::move(writer)));
  }
  touched_.resize(workers_.size());
  pending_at_start_ = !registry_->database().get_metadata(kStoriesPending).empty();
  for (auto& worker : workers_)
    worker->start(); // one that cannot start: the destructors stop those that did
}

ShardedIndex::~ShardedIndex() {
  // Uncommitted work is dropped (as a killed run's would be): the shards
  // stop, and their writers close without committing.
  for (auto& worker : workers_)
    worker->stop();
}

void ShardedIndex::add(Article&& article) {
  const std::size_t shard = shard_of(article.id, workers_.size());
  TouchedStories& touched = touched_[shard];
  workers_[shard]->post(
      [article = std::move(article), &touched](IndexWriter& writer, Tally& tally) {
        // What the article was, should it be replaced (its story may lose it).
        TouchedStories before;
        const std::string id_term = boolean_term(Field::Id, article.id);
        for (auto it = writer.database().postlist_begin(id_term);
             it != writer.database().postlist_end(id_term); ++it)
          before.before_change(writer.database(), *it);
        const AddOutcome outcome = writer.add(article);
        count_outcome(tally, outcome);
        if (outcome == AddOutcome::Unchanged) return;
        before.id_terms.insert(id_term);
        touched.merge(before);
      });
  ++uncommitted_;
}

void ShardedIndex::remove_file_articles(const std::string& path,
                                        const std::set<std::string>& keep) {
  // A file's articles are spread over the shards by id: each removes its own.
  auto kept = std::make_shared<const std::set<std::string>>(keep);
  for (std::size_t shard = 0; shard < workers_.size(); ++shard)
    workers_[shard]->post(
        [path, kept, &touched = touched_[shard]](IndexWriter& writer, Tally& tally) {
          // Those kept too: a few more to regroup, and no second reading of their ids.
          const std::string path_term = boolean_term(Field::Path, path);
          Xapian::WritableDatabase& db = writer.database();
          for (auto it = db.postlist_begin(path_term); it != db.postlist_end(path_term); ++it)
            touched.before_change(db, *it);
          tally.removed += writer.remove_file_articles(path, *kept);
        });
  ++uncommitted_;
}

bool ShardedIndex::remove_article(const std::string& id) {
  const std::size_t shard = shard_of(id, workers_.size());
  auto& worker = *workers_[shard];
  auto removed = std::make_shared<bool>(false);
  worker.post([id, removed, &touched = touched_[shard]](IndexWriter& writer, Tally& tally) {
    const std::string id_term = boolean_term(Field::Id, id);
    for (auto it = writer.database().postlist_begin(id_term);
         it != writer.database().postlist_end(id_term); ++it)
      touched.before_change(writer.database(), *it);
    *removed = writer.remove_article(id);
    tally.removed += *removed ? 1 : 0;
  });
  worker.drain();
  ++uncommitted_;
  return *removed;
}

void ShardedIndex::commit_if_batch_full(unsigned batch_size) {
  if (uncommitted_ >= batch_size) commit();
}

void ShardedIndex::on_every_shard(const ShardWorker::Task& task) {
  for (auto& worker : workers_)
    worker->post(task);
  for (auto& worker : workers_)
    worker->drain();
}

void ShardedIndex::commit() {
  // Every shard, then the registry: never a record of what a shard has not got.
  on_every_shard([](IndexWriter& writer, Tally&) { writer.commit(); });
  // Kept with the records: a run killed after this commit but before its
  // stories were regrouped leaves the mark, and the next run regroups even
  // if it finds nothing else to do.
  if (uncommitted_ > 0) registry_->database().set_metadata(kStoriesPending, "1");
  registry_->commit();
  uncommitted_ = 0;
}

void ShardedIndex::post_to_shard(std::size_t shard, ShardWorker::Task task) {
  workers_[shard]->post(std::move(task));
}

Xapian::Database ShardedIndex::whole() {
  Xapian::Database whole;
  for (auto& worker : workers_)
    whole.add_database(worker->writer().database());
  return whole;
}

Tally ShardedIndex::outcomes() const {
  Tally tally;
  for (const auto& worker : workers_)
    tally.add_outcomes(worker->tally());
  return tally;
}

void ShardedIndex::finish(const StepProgress& progress) {
  commit();
  if (registry_->database().get_metadata(kStoriesPending).empty()) return; // nothing changed
  // The shards read as one database, on this thread while their own are
  // idle (drained): the keys to change are collected, then written by each
  // shard's thread.
  std::vector<std::vector<std::pair<Xapian::docid, std::string>>> changes(workers_.size());
  {
    const Xapian::Database whole = this->whole();
    const StoryKeySetter collect = [&](Xapian::docid docid, const std::string& key) {
      const ShardDocid at = shard_docid(docid, workers_.size());
      changes[at.shard].emplace_back(at.docid, key);
    };
    TouchedStories touched;
    for (const TouchedStories& part : touched_)
      touched.merge(part);
    // Only the stories this run touched, unless a run killed before its
    // regrouping left them to this one (the mark was there at the start),
    // or the run touched so much that one pass over the whole is cheaper.
    if (pending_at_start_ || touched.too_many ||
        touched.id_terms.size() + touched.keys.size() > whole.get_doccount() / kTouchedShare)
      regroup_stories(whole, collect, progress);
    else
      regroup_touched(whole, touched, collect, progress);
  }
  for (std::size_t i = 0; i < workers_.size(); ++i) {
    if (changes[i].empty()) continue;
    workers_[i]->post([keys = std::move(changes[i])](IndexWriter& writer, Tally&) {
      for (const auto& [docid, key] : keys)
        set_story_key(writer.database(), docid, key);
    });
  }
  on_every_shard([](IndexWriter& writer, Tally&) { writer.commit(); });
  registry_->database().set_metadata(kStoriesPending, "");
  registry_->commit();
  for (TouchedStories& part : touched_)
    part = TouchedStories();
  pending_at_start_ = false;
}

} // namespace news
