// The person memory's pass at the end of a run (indexing_run.hh), on what
// the run wrote to: one database, or a sharded index, whose plan is made over
// every shard read as one database (the archive's counts, summed) and whose
// changes each shard makes to its own documents, on its own thread, before
// all commit. A sharded index so gets exactly the people one database of
// the same articles gets (person_memory.hh).
#pragma once

#include "indexer/article_index.hh"
#include "indexer/person_memory.hh"

namespace news {

/** Applies the memory to `index` and commits what it changed. */
PersonMemoryChanges remember_persons(ArticleIndex& index);

} // namespace news
