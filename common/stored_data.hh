// The stored fields of an article, as the document data holds them: a
// MessagePack map of the field table's names (article_fields.hh) in byte
// order, integers in their smallest form (as nlohmann::json wrote them
// before), written and read with msgpack-cxx. A search reads the data of
// every hit it shows: msgpack-cxx reads its strings in place, where
// nlohmann's reader (SAX too) builds them a byte at a time, 4 times slower.
//
//   id, title, body, source, url, author, dateline, language, path, format  strings, always
//   date (unix seconds) and date_source                                      when dated
//   record                                                                   when given
//   entities: {"org": [...], "person": [...], "place": [...]}                when any
//
// The bytes must not change: an index written before reads the same, and
// the content hash of an unchanged article stays the same, or the next sync
// would rewrite every article (tests/unit/stored_data_test.cc keeps both).
#pragma once

#include <string>
#include <string_view>

#include "common/article.hh"

namespace news {

/** An article serialised once: the document data and the hash of its content. */
struct StoredData {
  std::string bytes; /**< MessagePack, the document data */
  /**
   * Hash (XXH3, 16 hex digits) of what the article says: of the data of the
   * same article without its provenance (path and format empty, no record),
   * stored in the ContentHash slot. The same article read again, from the
   * same file or a copy, has the same hash.
   */
  std::string content_hash;
};

/** The stored data of an article and its content hash, from one serialisation. */
StoredData encode_stored_data(const Article& article);

/**
 * The article recorded in stored data. Fields of a later version, or of
 * another type than expected, are skipped; data that is not whole (cut,
 * malformed, not a map) gives an empty Article.
 */
Article decode_stored_data(std::string_view bytes);

} // namespace news
