// The person memory's input (indexer/person_memory.hh): the capitalised
// words of an article's body that stand alone and that no name found took.
//
//   "Lawson told reporters the rate would stay." -> lawson (if no name has it)
//
// A candidate is a word of a capital letter then lowercase letters (not an
// acronym, no digits), with no capitalised word right before or after it
// (a run of them is a name the extractor judged); not a stopword of the
// article's language (common/stopwords; English when none is known); not a word
// of any name found, of any kind; and not written in lowercase elsewhere in
// the article (`Price rises...` and `the price`). A title in capitals gives
// each of its words (`SUMITA SAYS YEN STABLE`), under the same last two tests.
// The archive decides what a candidate is: only a word it has seen as a
// person many times becomes one.
#pragma once

#include <string>
#include <vector>

#include "common/article.hh"

namespace news {

/** At most this many candidates an article (the first ones). */
inline constexpr std::size_t kMaxNameCandidates = 64;

/** The candidates of the article's body, as entity keys, each once, in order; `found` the
 *  names the extractor found. */
std::vector<std::string> name_candidates(const Article& article, const Entities& found);

} // namespace news
