// The names a swap of a database built aside (indexer/database_swap) leaves
// in the database folder: the writer that swaps uses them, and so do the
// readers, which must not take a database swapped half way for a whole one.
#pragma once

#include <array>

namespace news {

/** The scratch folders inside the database folder whose tables are swapped in. */
inline constexpr std::array<const char*, 3> kSwapScratchFolders{".merging", ".compacting",
                                                                ".rebuilding"};
/** The mark of a scratch folder news-index made (and may remove). */
inline constexpr const char* kScratchMark = "news-index.scratch";
/**
 * The mark of a scratch folder whose database is complete and on disk: from
 * the moment it is written, its tables are to be moved into the database
 * (by the swap, or by the next writer if the swap was stopped).
 */
inline constexpr const char* kSwapReadyMark = "news-index.swap-ready";

} // namespace news
