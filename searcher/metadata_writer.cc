#include "searcher/metadata_writer.hh"

#include <fmt/core.h>

#include "common/database.hh"
#include "common/error.hh"

namespace news {
namespace {

Xapian::WritableDatabase open_waiting(const std::filesystem::path& path, Sink& sink,
                                      double lock_wait) {
  // Refuses a missing path, a folder that is no index and a half-swapped
  // one, as a search does: open_for_writing would create a new index.
  open_for_reading(path);
  try {
    return open_for_writing(path);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::Locked || lock_wait <= 0) throw;
    sink.note(fmt::format("{}; waiting up to {} s for it\n", e.what(), lock_wait));
  }
  return open_for_writing(path, lock_wait);
}

} // namespace

MetadataWriter::MetadataWriter(const std::filesystem::path& path, const std::string& command,
                               Sink& sink, double lock_wait)
    : path_(path), db_(open_waiting(path, sink, lock_wait)) {
  write_lock_owner(path_, command);
  db_.begin_transaction();
}

void MetadataWriter::commit() {
  db_.commit_transaction();
  committed_ = true;
}

MetadataWriter::~MetadataWriter() {
  try {
    if (!committed_) db_.cancel_transaction();
  } catch (const Xapian::Error&) {
    // closing the database without committing loses the changes all the same
  }
  clear_lock_owner(path_);
}

} // namespace news
