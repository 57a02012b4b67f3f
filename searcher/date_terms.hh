// Date spans as the year, month and day terms every dated article carries.
#pragma once

#include <optional>

#include <xapian.h>

#include "searcher/date_expression.hh"

namespace news {

/**
 * The same articles as the value range from..to, as an OR of whole years,
 * months and days (`Y1987`, `M198703`, `D19870301`), weightless. Posting
 * lists are walked far more cheaply than each candidate's date value is
 * read: `oil date:1987-03` costs a third less. nullopt unless both ends are
 * given and fall on midnights (UTC), or when it would take many terms.
 */
std::optional<Xapian::Query> date_terms_query(const DateSpan& span);

} // namespace news
