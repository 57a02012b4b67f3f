#include "indexer/index_writer.hh"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string_view>

#include "common/article_document.hh"
#include "common/database.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "indexer/database_swap.hh"
#include "indexer/story_grouper.hh"

namespace news {
namespace {

// TEST-ONLY, for the crash tests (tests/e2e/sync_test.cc); never set it
// otherwise. NEWS_TEST_STOP_AFTER_COMMITS=N: right after the Nth commit of
// the process (any writer, shards too) the process sends itself SIGKILL, or
// the signal NEWS_TEST_STOP_SIGNAL names (TERM, INT): a crash or a kill at a
// known point instead of after a guessed sleep. Read once.
void stop_after_commits_for_tests() {
  static const long limit = [] {
    const char* value = std::getenv("NEWS_TEST_STOP_AFTER_COMMITS");
    return value == nullptr ? 0L : std::strtol(value, nullptr, 10);
  }();
  if (limit <= 0) return;
  static std::atomic<long> commits{0};
  if (++commits != limit) return;
  const char* name = std::getenv("NEWS_TEST_STOP_SIGNAL");
  const std::string_view signal_name = name == nullptr ? "KILL" : name;
  kill(getpid(), signal_name == "TERM" ? SIGTERM : signal_name == "INT" ? SIGINT : SIGKILL);
}

// A database whose swap was stopped half way (indexer/database_swap) mixes
// old and new tables and may not open: the swap is finished first, before
// the lock (finishing is safe without it), and again under it, for a swap
// stopped while this writer waited for the lock.
Xapian::WritableDatabase open_index(const std::filesystem::path& database, double lock_timeout) {
  finish_interrupted_swaps(database);
  try {
    return open_for_writing(database, lock_timeout);
  } catch (const Error&) {
    if (!finish_interrupted_swaps(database)) throw;
    return open_for_writing(database, lock_timeout);
  }
}

} // namespace

void count_outcome(Tally& tally, AddOutcome outcome) {
  switch (outcome) {
  case AddOutcome::Added:
    ++tally.added;
    break;
  case AddOutcome::Updated:
    ++tally.updated;
    break;
  case AddOutcome::Unchanged:
    ++tally.unchanged;
    break;
  }
}

IndexWriter::IndexWriter(const std::filesystem::path& database, double lock_timeout,
                         const std::string& command, WriterRole role)
    : role_(role), path_(database),
      // A shard is scratch, merged at the end or thrown away: its commits need
      // not wait for the disk.
      db_(role == WriterRole::Shard ? open_for_writing(database, lock_timeout, Xapian::DB_NO_SYNC)
                                    : open_index(database, lock_timeout)) {
  if (role_ != WriterRole::Shard && remove_leftover_scratch(path_)) {
    // A swap finished under the lock: the database opened was the old one.
    db_.close();
    db_ = open_for_writing(path_, lock_timeout);
  }
  write_lock_owner(path_, command);
  configure_indexing(generator_);
  if (role_ == WriterRole::Registry) db_.begin_transaction();
}

IndexWriter::IndexWriter(Xapian::WritableDatabase db, WriterRole role)
    : role_(role), db_(std::move(db)) {
  configure_indexing(generator_);
}

IndexWriter::~IndexWriter() {
  if (!path_.empty()) clear_lock_owner(path_);
}

AddOutcome IndexWriter::add(const Article& article) {
  const std::string id_term = boolean_term(Field::Id, article.id);
  Xapian::PostingIterator existing = db_.postlist_begin(id_term);
  std::optional<Xapian::docid> known;
  // Serialised once: its hash is compared, its bytes are the document's data.
  const StoredData stored = encode_stored_data(article);
  if (existing != db_.postlist_end(id_term)) {
    known = *existing;
    const std::string stored_hash = db_.get_document(*known).get_value(slot_of(Field::ContentHash));
    if (stored_hash == stored.content_hash) return AddOutcome::Unchanged;
  }
  Xapian::Document document = to_document(article, stored, generator_, &spelling_);
  if (role_ == WriterRole::Index) assign_story(db_, document, known);
  if (known)
    db_.replace_document(id_term, document);
  else
    db_.add_document(document); // no second look-up of the id term
  ++uncommitted_;
  return known ? AddOutcome::Updated : AddOutcome::Added;
}

bool IndexWriter::has_file_articles(const std::string& path) {
  return db_.term_exists(boolean_term(Field::Path, path));
}

unsigned IndexWriter::remove_file_articles(const std::string& path,
                                           const std::set<std::string>& keep) {
  const std::string path_term = boolean_term(Field::Path, path);
  std::set<std::string> keep_terms;
  for (const std::string& id : keep)
    keep_terms.insert(boolean_term(Field::Id, id));
  std::vector<Xapian::docid> doomed;
  for (auto it = db_.postlist_begin(path_term); it != db_.postlist_end(path_term); ++it) {
    if (!keep_terms.contains(id_term_of(db_.get_document(*it)))) doomed.push_back(*it);
  }
  for (Xapian::docid docid : doomed)
    db_.delete_document(docid);
  uncommitted_ += static_cast<unsigned>(doomed.size());
  return static_cast<unsigned>(doomed.size());
}

bool IndexWriter::remove_article(const std::string& id) {
  const std::string id_term = boolean_term(Field::Id, id);
  if (db_.postlist_begin(id_term) == db_.postlist_end(id_term)) return false;
  db_.delete_document(id_term);
  ++uncommitted_;
  return true;
}

void IndexWriter::commit_if_batch_full(unsigned batch_size) {
  if (uncommitted_ >= batch_size) commit();
}

void IndexWriter::commit() {
  // Spelling data (words and their frequencies) for the searcher's "did you mean".
  if (role_ == WriterRole::Index || role_ == WriterRole::Part) spelling_.add_to(db_);
  if (role_ == WriterRole::Registry) {
    db_.commit_transaction(); // begun with its changes flushed: committed
    db_.begin_transaction();
  } else {
    db_.commit();
  }
  uncommitted_ = 0;
  stop_after_commits_for_tests();
}

} // namespace news
