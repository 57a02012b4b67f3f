#include "searcher/match_tally.hh"

#include <array>
#include <unordered_set>

#include <xxhash.h>

#include "common/index_codecs.hh"
#include "common/legal_forms.hh"
#include "common/schema.hh"
#include "common/string_table.hh"

namespace news {
namespace {

class DocumentTally : public MatchTally, private Xapian::MatchSpy {
public:
  explicit DocumentTally(const TallyRequest& request) : request_(request) {
    if (request.histogram) tallies_.dates = DateCounts(*request.histogram);
    tallies_.companions.assign(
        request.companions.size(),
        CompanionTally{0, DateCounts(request.histogram.value_or(Period::Month))});
    for (const EntityKey& companion : request.companions)
      asked_[static_cast<std::size_t>(companion.kind)] = true;
    if (request.entities && request.entity_sample > 0 &&
        request.expected_matches > request.entity_sample) {
      tallies_.sampled = true;
      threshold_ = static_cast<std::uint64_t>(static_cast<double>(request.entity_sample) /
                                              request.expected_matches * 4294967296.0);
    }
  }

  void attach(Xapian::Enquire& enquire) override { enquire.add_matchspy(this); }
  const Tallies& results() const override { return tallies_; }

private:
  void operator()(const Xapian::Document& document, double) override {
    if (request_.per_story) {
      std::string story = document.get_value(slot_of(Field::Story));
      if (!story.empty() && !stories_seen_.insert(std::move(story)).second) return;
    }
    ++tallies_.counted;
    if (request_.histogram) tallies_.dates.add(document.get_value(slot_of(Field::Date)));
    if (request_.sources) {
      const std::string source = document.get_value(slot_of(Field::Source));
      if (!source.empty()) ++tallies_.sources[source];
    }
    if (request_.entities && in_sample(document.get_docid())) {
      ++tallies_.entities_counted;
      tallies_.entities.add(document);
    }
    if (!request_.companions.empty()) count_companions(document);
  }

  // The companions this match names, each counted by the match's date: each
  // kind's list read once, each listed name's key made once a tally.
  void count_companions(const Xapian::Document& document) {
    named_.assign(request_.companions.size(), false);
    for (EntityKind kind : kEntityKinds) {
      if (!asked_[static_cast<std::size_t>(kind)]) continue;
      const std::string names = document.get_value(slot_of(entity_fields(kind).words));
      for_each_listed_entity(names, [&](std::string_view name) {
        const std::string& key = key_of(kind, name);
        for (std::size_t c = 0; c < request_.companions.size(); ++c)
          if (request_.companions[c].kind == kind && request_.companions[c].key == key)
            named_[c] = true;
      });
    }
    std::string date;
    for (std::size_t c = 0; c < named_.size(); ++c) {
      if (!named_[c]) continue;
      if (date.empty()) date = document.get_value(slot_of(Field::Date));
      ++tallies_.companions[c].total;
      tallies_.companions[c].dates.add(date);
    }
  }

  // A listed name's key (entity_key), made once a name.
  const std::string& key_of(EntityKind kind, std::string_view name) {
    FlatStringMap& keys = keys_[static_cast<std::size_t>(kind)];
    if (const std::string* key = keys.find(name)) return *key;
    keys.emplace(std::string(name), entity_key(kind, name));
    return *keys.find(name);
  }

  // A document is in the sample by a hash of its docid: the same matches
  // each run, spread over the whole archive rather than its oldest part.
  bool in_sample(Xapian::docid docid) const {
    if (!tallies_.sampled) return true;
    const std::uint64_t hash = XXH3_64bits(&docid, sizeof docid);
    return (hash & 0xffffffffu) < threshold_;
  }

  TallyRequest request_;
  Tallies tallies_;
  std::uint64_t threshold_ = 0;
  std::unordered_set<std::string> stories_seen_;
  std::array<bool, 3> asked_{};       // the kinds of the companions
  std::array<FlatStringMap, 3> keys_; // of each listed name of those kinds
  std::vector<bool> named_;           // of the companions, those the match names
};

} // namespace

std::unique_ptr<MatchTally> make_document_tally(const TallyRequest& request) {
  return std::make_unique<DocumentTally>(request);
}

} // namespace news
