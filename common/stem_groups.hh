// Ordinary query words widened to their stem groups.
//
// The index holds every word's exact form, and its stem behind the stem
// marker only where the stem differs (tokenizer.hh): `visits` gives `visits`
// and `Zvisit`, `visit` gives `visit` alone. The QueryParser (STEM_SOME)
// makes an ordinary word `Zvisit`, which would miss the articles that say
// `visit`. with_stem_groups replaces each such term by its group, `Zvisit`
// and `visit` as one synonym (stem_group_terms), so every form of the stem
// is found and weighed as one word, as a single stem term was before.
//
// Words the parser left unstemmed outside phrases (a capitalised `Visits`,
// `visits(`) are widened the same way: every ordinary word is stemmed.
// Phrases, NEAR, wildcards and filters keep their exact forms and are left
// as parsed; so are the operators 1.4 does not let a query be rebuilt with
// (their windows and factors cannot be read): the parser puts no ordinary
// word under them.
#pragma once

#include <string_view>

#include <xapian.h>

namespace news {

/** The query with its ordinary words searched by their stem groups in `language`. */
Xapian::Query with_stem_groups(const Xapian::Query& query, std::string_view language);

} // namespace news
