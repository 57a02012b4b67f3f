// Article <-> Xapian::Document, following the schema table (schema.hh).
//
//   Article --to_document--> terms (words, prefixed words, boolean filters)
//                            values (date, content hash, source name)
//                            data   (the stored fields, MessagePack)
//   Xapian::Document --article_from_document--> Article (for display)
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

#include "common/article.hh"

namespace news {

class SpellingWords;

/**
 * Builds the document for an article. The generator must have been set up
 * by configure_indexing(); it is reused across articles for speed. When
 * `spelling` is given, the words a plain query searches are counted there.
 */
Xapian::Document to_document(const Article& article, Xapian::TermGenerator& generator,
                             SpellingWords* spelling = nullptr);

/** The stored fields of an article, serialised (MessagePack) as the document data. */
std::string stored_data(const Article& article);

/** The article recorded in a document's data. */
Article article_from_document(const Xapian::Document& document);

/**
 * Hash of what an article says (every field but its provenance: path,
 * record, format), stored in the ContentHash slot. The same article read
 * again, from the same file or a copy, has the same hash.
 */
std::string content_hash(const Article& article);

} // namespace news
