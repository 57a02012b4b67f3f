// Which articles arrived after a point: those with a greater Xapian docid.
//
// Xapian gives a new document the next docid after the greatest ever used
// (never one freed by a deletion), so docids grow in the order articles are
// first indexed. An article indexed again keeps its docid: unchanged, the
// indexer skips it (index_writer.cc, by its content hash); changed, it is
// replaced in place (replace_document on its id term keeps the lowest docid),
// and so is an article given a story key when a copy of it arrives
// (story_grouper). So a corrected article is not news again; an article
// whose file was removed and then indexed again is. `news-index compact`
// keeps the docids (DBCOMPACT_NO_RENUMBER); a parallel build numbers from 1,
// but it only builds an index that has no articles.
#pragma once

#include <xapian.h>

namespace news {

/** The articles indexed after the one with docid `last_seen` (boolean: no weight). */
Xapian::Query arrived_after(Xapian::docid last_seen);

} // namespace news
