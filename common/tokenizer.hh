// The common tokenizer: one configuration of Xapian's TermGenerator (index
// time) and QueryParser (query time), so that the same words become the same
// terms on both sides.
//
// Choices, and why:
// - Every word of a free-text field is indexed as it is spelt (lowercased, folded:
//   prepare_text), with its positions: its exact form, as Xapian's STEM_SOME makes
//   it (`visits`, and `Svisits` in the title). Phrases, NEAR and `--lang none`
//   search these, so a phrase matches the words as written.
// - Its stem in the article's language (the Snowball stemmer, language_stemmer) as
//   `Z` + field prefix + stem, without positions, only where the stem differs from the word
//   (`Zvisit` for `visits`, nothing more for `visit`): a word that is its own stem is not indexed
//   twice. A word of no letter (`1987`) has no stem term, and a language Xapian has no stemmer for
//   (Chinese, Japanese, Polish...) none at all. An article of undetermined language is stemmed as
//   English, the default language.
// - An ordinary query word is searched by its stem group (stem_group_terms): `Z` +
//   prefix + stem, OR'ed as one synonym with the word spelt as the stem where that is its
//   own stem, so `Visits`, `visits` and `visit` all find `visit`, `visits` and `visited`,
//   whatever their case (common/stem_groups.hh rewrites the parsed query).
//   The stems come through a small cache per thread (stem_cache.hh): Snowball's stems.
// - Stopwords are indexed, so that phrases such as "visit to china" match,
//   but the QueryParser drops the query language's stopwords (stopwords.hh) from ordinary queries.
// - Chinese, Japanese and Korean text is split into one- and two-character terms
//   (Xapian's FLAG_CJK_NGRAM, on both sides).
// - Unicode: normalize_for_search() (ICU's NFKC and full case folding, then
//   diacritics, `ё` and typographic quotes folded) runs before either side sees
//   the text (prepare_text), so `STRASSE` finds `Straße` and `ﬁnal` finds `final`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Xapian {
class QueryParser;
class Stem;
class TermGenerator;
} // namespace Xapian

namespace news {

/** The language an article of undetermined language is stemmed in. */
inline constexpr std::string_view kDefaultLanguage = "en";

/** The query "language" of exact, unstemmed words (`--lang none`). */
inline constexpr std::string_view kExactWords = "none";

/**
 * The name of the Xapian stemmer of a language (ISO 639-1): `english` for
 * `en` and for the undetermined (empty) language, `none` for a language
 * Xapian has no stemmer for.
 */
std::string language_stemmer(std::string_view language);

/** Whether Xapian has a stemmer for the language. */
bool has_stemmer(std::string_view language);

/** The stemmer of a language (language_stemmer): the calling thread's own. */
const Xapian::Stem& stemmer(std::string_view language = kDefaultLanguage);

/** Configures a TermGenerator for indexing article text (English until set_language). */
void configure_indexing(Xapian::TermGenerator& generator);

/** Sets the generator's stemmer to the article's language's. */
void set_indexing_language(Xapian::TermGenerator& generator, std::string_view language);

/**
 * Configures a QueryParser so that its terms meet the indexed ones of
 * articles in `language`: its stemmer and stopwords, and the prefix of
 * every field in the schema table (title:, ...). Ordinary words are parsed
 * as `Z` + prefix + stem (STEM_SOME), for with_stem_groups to widen; words
 * of phrases as exact forms. kExactWords: unstemmed words, English stopwords.
 */
void configure_querying(Xapian::QueryParser& parser, std::string_view language = kDefaultLanguage);

/**
 * The terms of a stem's group in a free-text field (field_prefix: empty for
 * the body), for articles in `language`: `Z` + prefix + stem (the words that
 * differ from their stem) and, when the stem is its own stem, prefix + stem
 * (the word spelt as the stem). A language without a stemmer: the word alone.
 */
std::vector<std::string> stem_group_terms(std::string_view field_prefix, const std::string& stem,
                                          std::string_view language);

/** The TermGenerator and QueryParser flags of CJK text. */
unsigned cjk_indexing_flags();
unsigned cjk_query_flags();

/** Text prepared for the TermGenerator or QueryParser (see fold_for_search). */
std::string prepare_text(std::string_view text);

/**
 * Text prepared for the spelling data (normalize_keeping_accents): as
 * prepare_text, but with its diacritics, so that "did you mean" shows
 * `séisme`, not `seisme`.
 */
std::string spelling_text(std::string_view text);

/** A word as the spelling data spells it: spelling_text, lowercased. */
std::string spelling_word(std::string_view word);

/** A word as the index spells it before stemming: prepare_text, then lowercased as Xapian does. */
std::string indexed_word(std::string_view word);

/** Whether the query parser treats this lowercase word as a stopword (of the language). */
bool is_stopword(std::string_view word, std::string_view language = kDefaultLanguage);

} // namespace news
