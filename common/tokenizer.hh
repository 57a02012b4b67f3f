// The common tokenizer: one configuration of Xapian's TermGenerator (index
// time) and QueryParser (query time), so that the same words become the same
// terms on both sides.
//
// Choices, and why:
// - The Snowball stemmer of the article's language (language_stemmer), strategy
//   STEM_ALL_Z: every word is indexed and searched by its stem only, as `Z` +
//   field prefix + stem. `Visits`, `visits` and `visit` all find `visit`, whatever their case,
//   and `Beijing's` is found by `beijing`. (STEM_SOME would skip stemming of capitalised query
//   words, so `Visits` would not find `visit`; it also stores every word twice.) The `Z` lets
//   the snippet maker recognise the stems it highlights. A language Xapian has no stemmer for
//   (Chinese, Japanese, Polish...) gets the identity "stemmer": its words are their own stems.
//   An article of undetermined language is stemmed as English, the default language.
// - Besides, the words of the body, unstemmed and without positions (STEM_NONE's terms, no
//   `Z`): the exact words, whatever the language (`news-search --lang none`), counted by the
//   stemmer as the TermGenerator asks it for each stem and added once each with their summed
//   wdf (index_with_exact_words: one pass). The stems come through a small cache per thread
//   (stem_cache.hh): Snowball's stems.
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

namespace Xapian {
class Document;
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
 * every field in the schema table (title:, ...), free-text fields behind the
 * stem marker (stem_prefix in index_codecs.hh). kExactWords: unstemmed words,
 * English stopwords.
 */
void configure_querying(Xapian::QueryParser& parser, std::string_view language = kDefaultLanguage);

/**
 * Indexes prepared text as unprefixed body words in `language`: its stems,
 * as configure_indexing sets them up, and in the same pass its exact words
 * (the terms STEM_NONE would make, without positions), counted by the stemmer
 * as it is asked for each stem and added to `document` (the generator's) once
 * each, with their summed wdf, after the pass. One pass
 * rather than a second index_text_without_positions: the words are split,
 * decoded and lowercased once.
 */
void index_with_exact_words(Xapian::TermGenerator& generator, Xapian::Document& document,
                            std::string_view language, const std::string& prepared,
                            unsigned weight);

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
