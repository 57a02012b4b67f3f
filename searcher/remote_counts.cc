#include "searcher/remote_counts.hh"

#include <map>
#include <string>

#include "common/index_codecs.hh"
#include "common/schema.hh"

namespace news {
namespace {

// The slots the facets count, in the order of facets_: the entity kinds, then the source.
std::vector<Xapian::valueno> facet_slots() {
  std::vector<Xapian::valueno> slots;
  for (EntityKind kind : kEntityKinds)
    slots.push_back(slot_of(entity_fields(kind).words));
  slots.push_back(slot_of(Field::Source));
  return slots;
}

using ValueCounts = std::map<std::string, Xapian::doccount>;

ValueCounts counts_of(const Xapian::ValueCountMatchSpy& spy) {
  ValueCounts counts;
  for (Xapian::TermIterator it = spy.values_begin(); it != spy.values_end(); ++it)
    counts[*it] = it.get_termfreq();
  return counts;
}

// Feeds `count` documents with `value` in `slot` (or none, for an empty
// value) to a spy of ours, so that FacetSpy and DateHistogramSpy do the
// counting they do over local shards.
void feed(Xapian::MatchSpy& spy, Xapian::valueno slot, const std::string& value,
          Xapian::doccount count) {
  Xapian::Document document;
  if (!value.empty()) document.add_value(slot, value);
  for (Xapian::doccount i = 0; i < count; ++i)
    spy(document, 0);
}

// The matches of `query` with a story key, in docid order: each story's
// copies beyond its first, whose values are taken off the counts.
std::vector<Xapian::Document> surplus_copies(const Xapian::Database& db,
                                             const Xapian::Query& query) {
  const Xapian::valueno story = slot_of(Field::Story);
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, query,
                    Xapian::Query(Xapian::Query::OP_VALUE_GE, story, std::string(1, '\0'))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::doccount all = db.get_doccount();
  const Xapian::MSet matches = enquire.get_mset(0, all, all);
  std::map<std::string, bool> seen;
  std::vector<Xapian::Document> surplus;
  for (Xapian::MSetIterator it = matches.begin(); it != matches.end(); ++it) {
    Xapian::Document document = it.get_document();
    if (!seen.emplace(document.get_value(story), true).second)
      surplus.push_back(std::move(document));
  }
  return surplus;
}

} // namespace

RemoteCounts::RemoteCounts(const MatchOptions& request) : request_(request) {
  if (request.histogram) dates_.emplace(slot_of(Field::Date));
  if (request.facets)
    for (Xapian::valueno slot : facet_slots())
      facets_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
}

void RemoteCounts::attach(Xapian::Enquire& enquire) {
  if (dates_) enquire.add_matchspy(&*dates_);
  for (const auto& spy : facets_)
    enquire.add_matchspy(spy.get());
}

void RemoteCounts::collect(const Xapian::Database& db, const Xapian::Query& query,
                           SearchResults& results) const {
  if (dates_) {
    DateHistogramSpy histogram(*request_.histogram);
    Xapian::doccount dated = 0;
    const Xapian::valueno slot = slot_of(Field::Date);
    for (const auto& [value, count] : counts_of(*dates_)) {
      feed(histogram, slot, value, count);
      dated += count;
    }
    feed(histogram, slot, {}, dates_->get_total() - dated);
    results.histogram = histogram.buckets();
    results.undated = histogram.undated();
  }
  if (facets_.empty()) return;
  const std::vector<Xapian::valueno> slots = facet_slots();
  std::vector<ValueCounts> counts;
  for (const auto& spy : facets_)
    counts.push_back(counts_of(*spy));
  if (request_.collapse)
    for (const Xapian::Document& copy : surplus_copies(db, query))
      for (std::size_t i = 0; i < slots.size(); ++i) {
        const auto found = counts[i].find(copy.get_value(slots[i]));
        if (found != counts[i].end() && found->second > 0) --found->second;
      }
  FacetSpy facets(false); // per story already
  for (std::size_t i = 0; i < slots.size(); ++i)
    for (const auto& [value, count] : counts[i])
      feed(facets, slots[i], value, count);
  results.facets = facets.top(request_.facet_limit);
}

Xapian::doccount remote_story_copies(const Xapian::Database& db, const Xapian::Query& query,
                                     const std::string& key) {
  if (key.empty()) return 0;
  const Xapian::valueno story = slot_of(Field::Story);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                  Xapian::Query(Xapian::Query::OP_VALUE_RANGE, story, key, key)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::doccount all = db.get_doccount();
  const Xapian::doccount matches = enquire.get_mset(0, 0, all).get_matches_lower_bound();
  return matches > 0 ? matches - 1 : 0;
}

} // namespace news
