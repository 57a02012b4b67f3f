// Which languages' stemmers a query is parsed with (tokenizer.hh).
//
// Articles are indexed with the stems of their own language. A query chosen
// in one language (`--lang`) is parsed once, with that language's stemmer. A
// query without one is parsed once per stemmer of the languages the index
// holds (its `L` terms), each parse filtered to the articles of those
// languages, and the parses ORed: a word matches its stems in each language,
// and an article matches only the parse of its own. The default branch
// (English: English articles and those of undetermined language) is filtered
// by leaving the other languages out, so an index of English articles only is
// searched with one parse, as before languages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace news {

/** One parse of the query: the language whose stemmer it uses, and the
 *  articles it may match. */
struct QueryBranch {
  std::string language;
  bool filtered = false; /**< false: every article */
  Xapian::Query filter;  /**< the articles of the branch, when filtered */
};

/**
 * The parses of a query. `chosen` is `--lang`'s language (or kExactWords),
 * empty when none was chosen. The default branch comes first.
 */
std::vector<QueryBranch> query_branches(const Xapian::Database& db, std::string_view chosen);

/** The language codes of the articles in the index (its `L` terms), in order. */
std::vector<std::string> indexed_languages(const Xapian::Database& db);

} // namespace news
