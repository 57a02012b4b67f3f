#include "searcher/related.hh"

#include <algorithm>
#include <unordered_set>

#include "common/schema.hh"
#include "searcher/cooccurrence_score.hh"

namespace news {
namespace {

std::unordered_set<std::string> terms_of(const Xapian::Query& query) {
  return {query.get_terms_begin(), query.get_terms_end()};
}

// Whether the query names the entity itself: its whole-name term, or a word
// of its name under its kind's prefix (person:putin names Vladimir Putin).
bool named_by_query(const std::unordered_set<std::string>& terms, EntityKind kind,
                    const std::string& key) {
  const EntityFields fields = entity_fields(kind);
  if (terms.contains(boolean_term(fields.name, key))) return true;
  const std::vector<std::string> words = entity_key_words(key);
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    return terms.contains(boolean_term(fields.words, word));
  });
}

} // namespace

Related related_entities(const Xapian::Database& db, const Xapian::Query& query,
                         const Tallies& tallies, const RelatedOptions& options) {
  Related related;
  related.matches = tallies.counted;
  related.counted = tallies.entities_counted;
  related.sampled = tallies.sampled;
  related.archive = db.get_doccount();
  related.min_count = options.min_count;
  // Counts in a sample stand for the whole match set in proportion.
  const double scale = related.counted == 0 ? 1.0
                                            : static_cast<double>(related.matches) /
                                                  static_cast<double>(related.counted);
  const std::unordered_set<std::string> terms = terms_of(query);
  for (EntityKind kind : kEntityKinds) {
    std::vector<RelatedEntity>& ranked = related.entities[static_cast<std::size_t>(kind)];
    for (EntityTally& tally : tallies.entities.of(kind)) {
      if (tally.count < std::max<Xapian::doccount>(options.min_count, 1)) continue;
      if (named_by_query(terms, kind, tally.key)) continue;
      const Xapian::doccount in_archive =
          db.get_termfreq(boolean_term(entity_fields(kind).name, tally.key));
      const Cooccurrence counts{tally.count * scale, static_cast<double>(related.matches),
                                static_cast<double>(in_archive),
                                static_cast<double>(related.archive)};
      if (!over_represented(counts)) continue;
      ranked.push_back({std::move(tally.key), std::move(tally.name), log_likelihood(counts),
                        tally.count, in_archive});
    }
    const auto better = [](const RelatedEntity& a, const RelatedEntity& b) {
      if (a.score != b.score) return a.score > b.score;
      if (a.in_matches != b.in_matches) return a.in_matches > b.in_matches;
      return a.key < b.key;
    };
    const std::size_t n = std::min(options.limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                      better);
    ranked.resize(n);
  }
  return related;
}

} // namespace news
