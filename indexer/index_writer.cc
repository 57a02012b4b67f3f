#include "indexer/index_writer.hh"

#include "common/article_document.hh"
#include "common/database.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"

namespace news {

IndexWriter::IndexWriter(const std::filesystem::path& database) : db_(open_for_writing(database)) {
  configure_indexing(generator_);
}

AddOutcome IndexWriter::add(const Article& article) {
  const std::string id_term = boolean_term(Field::Id, article.id);
  Xapian::PostingIterator existing = db_.postlist_begin(id_term);
  const bool known = existing != db_.postlist_end(id_term);
  if (known) {
    const std::string stored_hash =
        db_.get_document(*existing).get_value(slot_of(Field::ContentHash));
    if (stored_hash == content_hash(article)) return AddOutcome::Unchanged;
  }
  db_.replace_document(id_term, to_document(article, generator_));
  return known ? AddOutcome::Updated : AddOutcome::Added;
}

void IndexWriter::commit() { db_.commit(); }

} // namespace news
