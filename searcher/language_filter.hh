// `lang:` in queries: the articles of a language, named as --lang names it
// (`lang:de`, `lang:DE`, `lang:de-AT`, `lang:german`, common/language_codes).
// A value that names no language (and is no code the index holds) is an
// error, not a filter that matches nothing. Filters of `lang:` OR with each
// other and AND with the rest.
#pragma once

#include <xapian.h>

#include "searcher/parse_errors.hh"

namespace news {

/**
 * Registers `lang:` over `db`; errors are recorded in `errors`. Both must
 * outlive the parsing.
 */
void add_language_filter(Xapian::QueryParser& parser, const Xapian::Database& db,
                         ParseErrors& errors);

} // namespace news
