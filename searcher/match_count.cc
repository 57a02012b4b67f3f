#include "searcher/match_count.hh"

#include <cstdint>

#include "common/schema.hh"
#include "searcher/doc_stream.hh"

namespace news {
namespace {

// Matches of `query` in docid order, unweighted: counting needs neither
// BM25 nor document lengths.
Xapian::Enquire unweighted(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  return enquire;
}

// Documents with any story key. OP_VALUE_GE with an empty limit would
// match every document; "\0" is at most any non-empty value, and values
// are never empty, so this is "has a value in the slot". The value stream is
// sparse: only the articles with a key are visited.
Xapian::Query has_story_key() {
  return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot_of(Field::Story), std::string(1, '\0'));
}

StoryCopies tally(const std::map<std::string, Xapian::doccount>& matches_per_story) {
  StoryCopies copies;
  for (const auto& [key, matches] : matches_per_story) {
    if (matches < 2) continue;
    copies.surplus += matches - 1;
    copies.extra.emplace(key, matches - 1);
  }
  return copies;
}

// One term: its posting list and the story value stream, both in docid
// order, are walked together by hand. Xapian's matcher costs twice as much
// here: it reads each match's key again, through the document, to collapse.
StoryCopies copies_of_term(const Xapian::Database& db, const std::string& term) {
  const Xapian::valueno slot = slot_of(Field::Story);
  std::map<std::string, Xapian::doccount> matches_per_story;
  Xapian::ValueIterator key = db.valuestream_begin(slot);
  const Xapian::ValueIterator keys_end = db.valuestream_end(slot);
  Xapian::PostingIterator match = db.postlist_begin(term);
  const Xapian::PostingIterator matches_end = db.postlist_end(term);
  while (key != keys_end && match != matches_end) {
    if (*match < key.get_docid()) {
      match.skip_to(key.get_docid());
    } else if (key.get_docid() < *match) {
      key.skip_to(*match);
    } else {
      ++matches_per_story[*key];
      ++key;
      ++match;
    }
  }
  return tally(matches_per_story);
}

} // namespace

std::optional<Xapian::doccount> exact_from_bounds(const Xapian::MSet& uncollapsed) {
  const Xapian::doccount lower = uncollapsed.get_matches_lower_bound();
  if (lower != uncollapsed.get_matches_upper_bound()) return std::nullopt;
  return lower;
}

std::optional<MatchCount> walk_matches(const Xapian::Database& db, const Xapian::Query& query,
                                       Xapian::doccount expected) {
  // Measured with callgrind on Reuters: a full pass costs ~1100 more
  // instructions a match than the page alone; the walk ~22 a posting read.
  constexpr Xapian::doccount kPostingsPerMatch = 50;
  if (postings_to_read(db, query) > std::uint64_t{expected} * kPostingsPerMatch)
    return std::nullopt;
  const std::unique_ptr<DocStream> stream = stream_of(db, query);
  if (!stream) return std::nullopt;
  const Xapian::valueno slot = slot_of(Field::Story);
  Xapian::ValueIterator key = db.valuestream_begin(slot);
  const Xapian::ValueIterator keys_end = db.valuestream_end(slot);
  std::map<std::string, Xapian::doccount> matches_per_story;
  MatchCount count;
  for (; !stream->at_end(); stream->next()) {
    const Xapian::docid did = stream->doc();
    ++count.matches;
    if (key != keys_end && key.get_docid() < did) key.skip_to(did);
    if (key != keys_end && key.get_docid() == did) ++matches_per_story[*key];
  }
  count.copies = tally(matches_per_story);
  return count;
}

StoryCopies count_story_copies(const Xapian::Database& db, const Xapian::Query& query) {
  if (query.get_type() == Xapian::Query::LEAF_TERM)
    return copies_of_term(db, *query.get_terms_begin());
  Xapian::Enquire enquire =
      unweighted(db, Xapian::Query(Xapian::Query::OP_FILTER, query, has_story_key()));
  enquire.set_collapse_key(slot_of(Field::Story));
  const Xapian::doccount all = db.get_doccount();
  // One item per story; every match checked, so the collapse counts are
  // exact. (Not the uncollapsed bounds: with a filter they stay loose.)
  const Xapian::MSet stories = enquire.get_mset(0, all, all);
  StoryCopies copies;
  for (Xapian::MSetIterator it = stories.begin(); it != stories.end(); ++it) {
    const Xapian::doccount extra = it.get_collapse_count();
    if (extra == 0) continue;
    copies.surplus += extra;
    copies.extra.emplace(it.get_collapse_key(), extra);
  }
  return copies;
}

} // namespace news
