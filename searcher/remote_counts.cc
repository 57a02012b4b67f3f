#include "searcher/remote_counts.hh"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/index_codecs.hh"
#include "common/schema.hh"

namespace news {
namespace {

using ValueCounts = std::map<std::string, Xapian::doccount>;

ValueCounts counts_of(const Xapian::ValueCountMatchSpy& spy) {
  ValueCounts counts;
  for (Xapian::TermIterator it = spy.values_begin(); it != spy.values_end(); ++it)
    counts[*it] = it.get_termfreq();
  return counts;
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

// Takes one document's values off the counts of the spies' slots.
void take_off(ValueCounts& counts, const std::string& value) {
  const auto found = counts.find(value);
  if (found != counts.end() && found->second > 0) --found->second;
}

class RemoteTally : public MatchTally {
public:
  RemoteTally(const TallyRequest& request, const Xapian::Database& db, const Xapian::Query& query)
      : request_(request), db_(db), query_(query), total_(slot_of(Field::Date)) {
    if (request.entities)
      for (EntityKind kind : kEntityKinds)
        entities_.push_back(
            std::make_unique<Xapian::ValueCountMatchSpy>(slot_of(entity_fields(kind).words)));
    if (request.sources) sources_.emplace(slot_of(Field::Source));
  }

  void attach(Xapian::Enquire& enquire) override {
    enquire.add_matchspy(&total_);
    for (const auto& spy : entities_)
      enquire.add_matchspy(spy.get());
    if (sources_) enquire.add_matchspy(&*sources_);
  }

  const Tallies& results() const override {
    if (!tallies_) tallies_ = count();
    return *tallies_;
  }

private:
  Tallies count() const {
    Tallies tallies;
    if (request_.histogram) tallies.dates = DateCounts(*request_.histogram);
    ValueCounts dates = counts_of(total_);
    std::vector<ValueCounts> entities;
    for (const auto& spy : entities_)
      entities.push_back(counts_of(*spy));
    ValueCounts sources = sources_ ? counts_of(*sources_) : ValueCounts{};
    Xapian::doccount undated = total_.get_total();
    for (const auto& [value, count] : dates)
      undated -= count;
    Xapian::doccount counted = total_.get_total();
    if (request_.per_story)
      for (const Xapian::Document& copy : surplus_copies(db_, query_)) {
        --counted;
        const std::string date = copy.get_value(slot_of(Field::Date));
        if (date.empty() && undated > 0) --undated;
        if (!date.empty()) take_off(dates, date);
        for (std::size_t i = 0; i < entities.size(); ++i)
          take_off(entities[i], copy.get_value(slot_of(entity_fields(kEntityKinds[i]).words)));
        if (sources_) take_off(sources, copy.get_value(slot_of(Field::Source)));
      }
    tallies.counted = counted;
    if (request_.histogram) {
      for (const auto& [value, count] : dates)
        for (Xapian::doccount i = 0; i < count; ++i)
          tallies.dates.add(value);
      for (Xapian::doccount i = 0; i < undated; ++i)
        tallies.dates.add({});
    }
    for (std::size_t i = 0; i < entities.size(); ++i)
      for (const auto& [names, count] : entities[i])
        for (Xapian::doccount n = 0; n < count && !names.empty(); ++n)
          tallies.entities.add_listed(kEntityKinds[i], names);
    if (request_.entities) tallies.entities_counted = counted;
    for (const auto& [source, count] : sources)
      if (!source.empty() && count > 0) tallies.sources[source] = count;
    return tallies;
  }

  TallyRequest request_;
  Xapian::Database db_;
  Xapian::Query query_;
  /** Every match by its date: the count of matches, and the histogram's. */
  Xapian::ValueCountMatchSpy total_;
  /** Person, org, place (Xapian's spies cannot be moved). */
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> entities_;
  std::optional<Xapian::ValueCountMatchSpy> sources_;
  mutable std::optional<Tallies> tallies_;
};

} // namespace

std::unique_ptr<MatchTally> make_remote_tally(const TallyRequest& request,
                                              const Xapian::Database& db,
                                              const Xapian::Query& query) {
  return std::make_unique<RemoteTally>(request, db, query);
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
