#include "indexer/index_writer.hh"

#include "common/article_document.hh"
#include "common/database.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "indexer/story_grouper.hh"

namespace news {

IndexWriter::IndexWriter(const std::filesystem::path& database) : db_(open_for_writing(database)) {
  configure_indexing(generator_);
  // Spelling data (words and their frequencies) for the searcher's "did you mean".
  generator_.set_database(db_);
  generator_.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
}

AddOutcome IndexWriter::add(const Article& article) {
  const std::string id_term = boolean_term(Field::Id, article.id);
  Xapian::PostingIterator existing = db_.postlist_begin(id_term);
  std::optional<Xapian::docid> known;
  if (existing != db_.postlist_end(id_term)) {
    known = *existing;
    const std::string stored_hash = db_.get_document(*known).get_value(slot_of(Field::ContentHash));
    if (stored_hash == content_hash(article)) return AddOutcome::Unchanged;
  }
  Xapian::Document document = to_document(article, generator_);
  assign_story(db_, document, known);
  db_.replace_document(id_term, document);
  return known ? AddOutcome::Updated : AddOutcome::Added;
}

void IndexWriter::commit() { db_.commit(); }

} // namespace news
