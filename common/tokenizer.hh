// The common tokenizer: one configuration of Xapian's TermGenerator (index
// time) and QueryParser (query time), so that the same words become the same
// terms on both sides.
//
// Choices, and why:
// - English Snowball stemmer, strategy STEM_ALL_Z: every word is indexed and
//   searched by its stem only, as `Z` + field prefix + stem. `Visits`, `visits` and `visit` all
//   find `visit`, whatever their case, and `Beijing's` is found by `beijing`. (STEM_SOME would skip
//   stemming of capitalised query words, so `Visits` would not find `visit`; it also stores every
//   word twice.) The `Z` lets the snippet maker recognise the stems it highlights.
// - Stopwords are indexed, so that phrases such as "visit to china" match,
//   but the QueryParser drops them from ordinary queries.
// - Case folding is Xapian's; diacritics and typographic quotes are folded by
//   fold_for_search() before either side sees the text.
#pragma once

#include <string>
#include <string_view>

namespace Xapian {
class Document;
class QueryParser;
class Stem;
class TermGenerator;
} // namespace Xapian

namespace news {

/** The stemmer used by querying and snippet highlighting: the calling thread's own. */
const Xapian::Stem& stemmer();

/** Configures a TermGenerator for indexing article text. */
void configure_indexing(Xapian::TermGenerator& generator);

/**
 * Configures a QueryParser so that its terms meet the indexed ones: stemmer,
 * stopwords, and the prefix of every field in the schema table (title:, ...),
 * free-text fields behind the stem marker (stem_prefix in index_codecs.hh).
 */
void configure_querying(Xapian::QueryParser& parser);

/** Text prepared for the TermGenerator or QueryParser (see fold_for_search). */
std::string prepare_text(std::string_view text);

/** Whether the query parser treats this lowercase word as a stopword. */
bool is_stopword(std::string_view word);

} // namespace news
