#include "searcher/remote_counts.hh"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
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

// The matches of `query` with a story key, every copy kept and given its key
// (a collapse that leaves all of them).
Xapian::Enquire story_copies(const Xapian::Database& db, const Xapian::Query& query) {
  const Xapian::valueno story = slot_of(Field::Story);
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, query,
                    Xapian::Query(Xapian::Query::OP_VALUE_GE, story, std::string(1, '\0'))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_collapse_key(story, db.get_doccount());
  return enquire;
}

// Each story's copies beyond its first in docid order, whose values are
// taken off the counts.
std::vector<Xapian::docid> surplus_copies(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire = story_copies(db, query);
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::doccount all = db.get_doccount();
  const Xapian::MSet matches = enquire.get_mset(0, all, all);
  std::set<std::string> seen;
  std::vector<Xapian::docid> surplus;
  for (Xapian::MSetIterator it = matches.begin(); it != matches.end(); ++it)
    if (!seen.insert(it.get_collapse_key()).second) surplus.push_back(*it);
  return surplus;
}

// The value in `slot` of each of `copies` (empty: none), read as the sort
// keys of the story copies sorted by it: one search, where reading each
// copy's document would be a round trip to its server.
std::vector<std::string> values_of(const Xapian::Database& db, const Xapian::Query& query,
                                   Xapian::valueno slot, const std::vector<Xapian::docid>& copies) {
  if (copies.empty()) return {};
  Xapian::Enquire enquire = story_copies(db, query);
  enquire.set_sort_by_value(slot, false);
  const Xapian::doccount all = db.get_doccount();
  const Xapian::MSet matches = enquire.get_mset(0, all, all);
  std::unordered_map<Xapian::docid, std::string> by_copy;
  for (Xapian::MSetIterator it = matches.begin(); it != matches.end(); ++it)
    by_copy.emplace(*it, it.get_sort_key());
  std::vector<std::string> values;
  for (const Xapian::docid copy : copies)
    values.push_back(by_copy[copy]);
  return values;
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
    if (request_.per_story) {
      const std::vector<Xapian::docid> surplus = surplus_copies(db_, query_);
      counted -= static_cast<Xapian::doccount>(surplus.size());
      if (request_.histogram)
        for (const std::string& date : values_of(db_, query_, slot_of(Field::Date), surplus)) {
          if (date.empty() && undated > 0) --undated;
          if (!date.empty()) take_off(dates, date);
        }
      for (std::size_t i = 0; i < entities.size(); ++i)
        for (const std::string& names :
             values_of(db_, query_, slot_of(entity_fields(kEntityKinds[i]).words), surplus))
          take_off(entities[i], names);
      if (sources_)
        for (const std::string& source : values_of(db_, query_, slot_of(Field::Source), surplus))
          take_off(sources, source);
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

std::map<std::string, Xapian::doccount> remote_story_copies(const Xapian::Database& db,
                                                            const Xapian::Query& query,
                                                            const std::vector<std::string>& keys) {
  const Xapian::valueno story = slot_of(Field::Story);
  std::vector<Xapian::Query> stories;
  for (const std::string& key : keys)
    if (!key.empty()) stories.emplace_back(Xapian::Query::OP_VALUE_RANGE, story, key, key);
  std::map<std::string, Xapian::doccount> copies;
  if (stories.empty()) return copies;
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, query,
                    Xapian::Query(Xapian::Query::OP_OR, stories.begin(), stories.end())));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::ValueCountMatchSpy matches(story);
  enquire.add_matchspy(&matches);
  const Xapian::doccount all = db.get_doccount();
  enquire.get_mset(0, 0, all);
  for (const auto& [key, count] : counts_of(matches))
    copies[key] = count > 0 ? count - 1 : 0;
  return copies;
}

} // namespace news
