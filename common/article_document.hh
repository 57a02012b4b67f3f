// Article <-> Xapian::Document, following the schema table (schema.hh).
//
//   Article --to_document--> terms (words, prefixed words, boolean filters)
//                            values (date, content hash, source name)
//                            data   (the stored fields, MessagePack: stored_data.hh)
//   Xapian::Document --article_from_document--> Article (for display)
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

#include "common/article.hh"
#include "common/stored_data.hh"

namespace news {

class SpellingWords;

/**
 * Builds the document for an article. The generator must have been set up
 * by configure_indexing(); it is reused across articles for speed. When
 * `spelling` is given, the words a plain query searches are counted there.
 */
Xapian::Document to_document(const Article& article, Xapian::TermGenerator& generator,
                             SpellingWords* spelling = nullptr);

/** The same, with the article's stored data already made (encode_stored_data). */
Xapian::Document to_document(const Article& article, const StoredData& stored,
                             Xapian::TermGenerator& generator, SpellingWords* spelling = nullptr);

/** The article recorded in a document's data. */
Article article_from_document(const Xapian::Document& document);

/** The document's id term (`Q` + its id, as boolean_term spells it); empty when it has none. */
std::string id_term_of(const Xapian::Document& document);

} // namespace news
