// `person:`, `org:`, `place:` and `entity:` in queries.
//
//   person:putin              any person whose name has the word `putin`
//   person:"vladimir putin"   exactly that person
//   place:us                  an alias goes to its canonical name: United States
//
// Filters of different fields, and of the same field, must all match.
#pragma once

#include <xapian.h>

namespace news {

/** Registers the entity filters with the parser. */
void add_entity_filters(Xapian::QueryParser& parser);

} // namespace news
