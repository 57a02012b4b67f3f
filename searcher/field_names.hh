// A field the query names must be one the index has: `persons:putin` (for
// person:) would otherwise be read by Xapian's parser as two plain words
// and quietly find little or nothing.
#pragma once

#include <string_view>

namespace news {

/**
 * Throws news::Error (usage) for the first `name:` in the query that is not
 * a field of the schema table, naming the known fields and the closest one.
 * Only a run of ASCII letters at the start of a word, outside a "phrase",
 * and followed by a value counts: `10:30`, `http://...` and `note: x` do not.
 */
void check_field_names(std::string_view query);

} // namespace news
