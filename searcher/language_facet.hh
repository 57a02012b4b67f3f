// The `lang` facet (--facets): how many of the matches are in each language
// the index holds (its `L` terms), and how many have none (undetermined).
// One count a language, each the query filtered by the language's term and
// matched with every match weighed (collapsed as the search is), so the
// counts are exact over local, sharded and remote indexes alike; the
// undetermined are the matches with no language term.
#pragma once

#include <xapian.h>

#include "searcher/facets.hh"

namespace news {

/** The matches of `query` per language, most first, at most `limit`; and those of none. */
LanguageFacet count_languages(const Xapian::Database& db, const Xapian::Query& query, bool collapse,
                              std::size_t limit);

} // namespace news
