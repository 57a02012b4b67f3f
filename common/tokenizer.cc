#include "common/tokenizer.hh"

#include <map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "common/stem_cache.hh"
#include "common/stopwords.hh"
#include "common/text_normalize.hh"
#include "common/words.hh"

namespace news {
namespace {

// A word is its own stem: languages Xapian has no stemmer for.
class IdentityStem : public Xapian::StemImplementation {
public:
  std::string operator()(const std::string& word) override { return word; }
  std::string get_description() const override { return "none"; }
};

// The indexing stemmer: the language's stem of a word (through the thread's
// StemCache), or nothing where the stem is the word itself. The
// TermGenerator (STEM_SOME) adds every word's exact form with its position,
// and `Z` + prefix + stem, without positions, only for a stem it is given: a
// word that is its own stem is not indexed twice (tokenizer.hh).
class DifferingStem : public Xapian::StemImplementation {
public:
  explicit DifferingStem(StemCache& stems) : stems_(stems) {}
  std::string operator()(const std::string& word) override {
    std::string stem = stems_(word);
    if (stem == word) stem.clear();
    return stem;
  }
  std::string get_description() const override {
    return "stems that differ, " + stems_.stemmer().get_description();
  }

private:
  StemCache& stems_;
};

Xapian::Stem make_stemmer(std::string_view language) {
  const std::string name = language_stemmer(language);
  if (name == "none") return Xapian::Stem(new IdentityStem);
  return Xapian::Stem(name);
}

// The stopwords of the query language; kExactWords and languages without a
// list: English's, as before languages.
std::string_view stopword_language(std::string_view language) {
  return language == kExactWords || language.empty() ? kDefaultLanguage : language;
}

// Every searchable field of the schema table. Body words are the field with
// the empty name: add_prefix("", ...) sets the prefix of words typed without one.
void add_field_prefixes(Xapian::QueryParser& parser) {
  for (const FieldSpec& field : kFields) {
    const std::string name(field.query_name), prefix(field.prefix);
    if (field.kind == FieldKind::FreeText) parser.add_prefix(name, prefix);
    if (field.kind == FieldKind::Boolean && !name.empty()) parser.add_boolean_prefix(name, prefix);
  }
}

} // namespace

std::string language_stemmer(std::string_view language) {
  if (language.empty()) language = kDefaultLanguage;
  if (language == kExactWords) return "none";
  // Xapian knows its stemmers by ISO 639-1 codes too; a few per process.
  thread_local std::map<std::string, std::string, std::less<>> names;
  if (auto it = names.find(language); it != names.end()) return it->second;
  std::string name = "none";
  try {
    const std::string description = Xapian::Stem(std::string(language)).get_description();
    // "Xapian::Stem(english)"
    const std::size_t open = description.find('('), close = description.rfind(')');
    if (open != std::string::npos && close > open)
      name = description.substr(open + 1, close - open - 1);
  } catch (const Xapian::InvalidArgumentError&) {
  }
  names.emplace(std::string(language), name);
  return name;
}

bool has_stemmer(std::string_view language) { return language_stemmer(language) != "none"; }

const Xapian::Stem& stemmer(std::string_view language) {
  // One per thread and language: a Xapian::Stem keeps state while it stems
  // (the server searches on several threads at once).
  thread_local std::map<std::string, Xapian::Stem, std::less<>> stemmers;
  if (auto it = stemmers.find(language); it != stemmers.end()) return it->second;
  return stemmers.emplace(std::string(language), make_stemmer(language)).first->second;
}

namespace {
// The indexing thread's stem cache of a language (stem_cache.hh).
StemCache& stem_cache(std::string_view language) {
  thread_local std::map<std::string, StemCache, std::less<>> caches;
  if (auto it = caches.find(language); it != caches.end()) return it->second;
  return caches.try_emplace(std::string(language), stemmer(language)).first->second;
}

// The indexing thread's DifferingStem of a language.
const Xapian::Stem& indexing_stemmer(std::string_view language) {
  thread_local std::map<std::string, Xapian::Stem, std::less<>> stemmers;
  if (auto it = stemmers.find(language); it != stemmers.end()) return it->second;
  Xapian::Stem stem(new DifferingStem(stem_cache(language)));
  return stemmers.emplace(std::string(language), std::move(stem)).first->second;
}
} // namespace

void configure_indexing(Xapian::TermGenerator& generator) {
  set_indexing_language(generator, kDefaultLanguage);
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  generator.set_flags(cjk_indexing_flags());
  // No stopper at index time: phrases need every word with its position.
}

void set_indexing_language(Xapian::TermGenerator& generator, std::string_view language) {
  // The thread's own stemmer: indexing threads each have their TermGenerator.
  generator.set_stemmer(indexing_stemmer(language));
}

void configure_querying(Xapian::QueryParser& parser, std::string_view language) {
  const bool stems = language != kExactWords;
  parser.set_stemmer(stemmer(language));
  // STEM_SOME: ordinary words become `Z` + prefix + stem, which
  // with_stem_groups (common/stem_groups.hh) turns into the word's stem
  // group; words of phrases, NEAR and wildcards stay exact forms, which carry
  // the positions and every word the field has.
  parser.set_stemming_strategy(stems ? Xapian::QueryParser::STEM_SOME
                                     : Xapian::QueryParser::STEM_NONE);
  thread_local std::map<std::string, LanguageStopper, std::less<>> stoppers;
  const std::string_view stop_language = stopword_language(language);
  auto it = stoppers.find(stop_language);
  if (it == stoppers.end())
    it = stoppers.try_emplace(std::string(stop_language), stop_language).first;
  parser.set_stopper(&it->second);
  add_field_prefixes(parser);
}

std::vector<std::string> stem_group_terms(std::string_view field_prefix, const std::string& stem,
                                          std::string_view language) {
  if (!has_stemmer(language)) return {std::string(field_prefix) + stem}; // no `Z` terms
  std::string stem_term(1, kStemMarker);
  stem_term.append(field_prefix).append(stem);
  std::vector<std::string> terms{std::move(stem_term)};
  // The word spelt as the stem is in the group only if it is its own stem:
  // otherwise its articles have `Z` + its own stem.
  if (stemmer(language)(stem) == stem) terms.push_back(std::string(field_prefix) + stem);
  return terms;
}

unsigned cjk_indexing_flags() { return Xapian::TermGenerator::FLAG_CJK_NGRAM; }
unsigned cjk_query_flags() { return Xapian::QueryParser::FLAG_CJK_NGRAM; }

std::string prepare_text(std::string_view text) { return normalize_for_search(text); }

std::string spelling_text(std::string_view text) { return normalize_keeping_accents(text); }

std::string spelling_word(std::string_view word) { return lowercase_word(spelling_text(word)); }

std::string indexed_word(std::string_view word) { return lowercase_word(prepare_text(word)); }

bool is_stopword(std::string_view word, std::string_view language) {
  return is_language_stopword(stopword_language(language), word);
}

} // namespace news
