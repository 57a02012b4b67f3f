#include "common/tokenizer.hh"

#include <algorithm>
#include <iterator>
#include <string_view>

#include <xapian.h>

#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "common/text_normalize.hh"

namespace news {
namespace {

// Common English function words. Dropped from ordinary queries (they match
// nearly every article and only slow the search down), kept in phrases.
constexpr std::string_view kStopwords[] = {
    "a",       "about",   "above",   "after", "again",  "against", "all",     "am",    "an",
    "and",     "any",     "are",     "as",    "at",     "be",      "because", "been",  "before",
    "being",   "below",   "between", "both",  "but",    "by",      "can",     "could", "did",
    "do",      "does",    "doing",   "down",  "during", "each",    "few",     "for",   "from",
    "further", "had",     "has",     "have",  "having", "he",      "her",     "here",  "hers",
    "him",     "his",     "how",     "i",     "if",     "in",      "into",    "is",    "it",
    "its",     "itself",  "me",      "more",  "most",   "my",      "no",      "nor",   "not",
    "of",      "off",     "on",      "once",  "only",   "or",      "other",   "our",   "out",
    "over",    "own",     "same",    "she",   "should", "so",      "some",    "such",  "than",
    "that",    "the",     "their",   "them",  "then",   "there",   "these",   "they",  "this",
    "those",   "through", "to",      "too",   "under",  "until",   "up",      "very",  "was",
    "we",      "were",    "what",    "when",  "where",  "which",   "while",   "who",   "whom",
    "why",     "will",    "with",    "would", "you",    "your",
};

static_assert(std::is_sorted(std::begin(kStopwords), std::end(kStopwords)));

// Looks words up in the sorted list itself: Xapian::SimpleStopper would copy
// it into a std::set first, 90k instructions of every news-search process.
class SortedListStopper : public Xapian::Stopper {
public:
  bool operator()(const std::string& word) const override {
    return std::binary_search(std::begin(kStopwords), std::end(kStopwords), word);
  }
  std::string get_description() const override { return "SortedListStopper()"; }
};

const Xapian::Stopper& stopper() {
  static const SortedListStopper instance;
  return instance;
}

// Every searchable field of the schema table. Body words are the field with
// the empty name: add_prefix("", ...) sets the prefix of words typed without one.
void add_field_prefixes(Xapian::QueryParser& parser) {
  for (const FieldSpec& field : kFields) {
    const std::string name(field.query_name), prefix(field.prefix);
    if (field.kind == FieldKind::FreeText) parser.add_prefix(name, stem_prefix(field.field));
    if (field.kind == FieldKind::Boolean && !name.empty()) parser.add_boolean_prefix(name, prefix);
  }
}

} // namespace

const Xapian::Stem& stemmer() {
  // One per thread: a Xapian::Stem keeps state while it stems (the
  // server searches on several threads at once).
  thread_local const Xapian::Stem instance("english");
  return instance;
}

void configure_indexing(Xapian::TermGenerator& generator) {
  // A stemmer of its own: a Xapian::Stem keeps state while it stems, and
  // indexing threads each have their TermGenerator.
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  // No stopper at index time: phrases need every word with its position.
}

void configure_querying(Xapian::QueryParser& parser) {
  parser.set_stemmer(stemmer());
  // Stems get the "Z" of STEM_ALL_Z through the prefixes (stem_prefix)
  // rather than the strategy, because 1.4 expands wildcards only within a
  // prefix: `sanction*` then looks among the stems, as it must.
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  parser.set_stopper(&stopper());
  add_field_prefixes(parser);
}

std::string prepare_text(std::string_view text) { return fold_for_search(text); }

bool is_stopword(std::string_view word) { return stopper()(std::string(word)); }

} // namespace news
