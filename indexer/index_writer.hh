// The one writer of the database: adds or replaces articles by their id.
#pragma once

#include <filesystem>

#include <xapian.h>

#include "common/article.hh"

namespace news {

/** What happened to one article. */
enum class AddOutcome {
  Added,     /**< new id */
  Updated,   /**< id known, content changed: the document was replaced */
  Unchanged, /**< id known, same content: nothing written */
};

class IndexWriter {
public:
  /** Opens (or creates) the database; throws news::Error if it cannot. */
  explicit IndexWriter(const std::filesystem::path& database);

  /**
   * Adds an article, or replaces the document with the same id. An article
   * whose stored content is unchanged is not written again.
   */
  AddOutcome add(const Article& article);

  /** Makes everything added so far durable and visible to searches. */
  void commit();

private:
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
};

} // namespace news
