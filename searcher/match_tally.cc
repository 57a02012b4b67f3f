#include "searcher/match_tally.hh"

#include <unordered_set>

#include <xxhash.h>

#include "common/schema.hh"

namespace news {
namespace {

class DocumentTally : public MatchTally, private Xapian::MatchSpy {
public:
  explicit DocumentTally(const TallyRequest& request) : request_(request) {
    if (request.histogram) tallies_.dates = DateCounts(*request.histogram);
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
};

} // namespace

std::unique_ptr<MatchTally> make_document_tally(const TallyRequest& request) {
  return std::make_unique<DocumentTally>(request);
}

} // namespace news
