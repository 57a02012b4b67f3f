// The stemmer the indexer gives its TermGenerator (tokenizer.hh): the
// Snowball stemmer of the article's language, with the stems of the words it
// has met remembered by the thread, and, for the body's words, the exact
// words it is asked to stem collected and added to the document once per
// distinct word (rather than once per occurrence).
//
// Why: the TermGenerator (STEM_ALL_Z) asks for the stem of every word it
// meets, and the same few thousand words come back article after article;
// a lookup is cheaper than Snowball, and adding the exact word with its
// summed wdf once is cheaper than a lookup in the document's terms per
// occurrence. The terms made are the same (tokenizer_test checks them
// against a STEM_NONE pass).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

namespace news {

/** A thread remembers at most this many words' stems per language (then forgets them all). */
inline constexpr std::size_t kRememberedStems = 1 << 16;

/** The language's stemmer, its stems remembered by the calling thread. */
Xapian::Stem remembering_stemmer(std::string_view language);

/**
 * Indexes prepared text with `generator` (whose document is `document`) in
 * `language`, as index_text(prepared, weight) with the language's stemmer,
 * and adds the exact words (without positions, wdf `weight` an occurrence),
 * then leaves the generator with remembering_stemmer(language).
 */
void index_stems_and_exact_words(Xapian::TermGenerator& generator, Xapian::Document& document,
                                 std::string_view language, const std::string& prepared,
                                 Xapian::termcount weight);

} // namespace news
