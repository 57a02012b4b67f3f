// One pass over the match set feeds every count a search asks for: the
// histogram, the facets, --related (and --timeline's series, each a search).
// A MatchTally is attached to the Enquire before the match and read after.
// The one here (DocumentTally) is a Xapian::MatchSpy reading each match's
// values; a tally over remote shards, where only Xapian's own spies run,
// would be another MatchTally giving the same Tallies.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "searcher/entity_counts.hh"
#include "searcher/histogram.hh"

namespace news {

/** An entity of one kind by its canonical key (entity_key), as --related lists it. */
struct EntityKey {
  EntityKind kind = EntityKind::Person;
  std::string key;
};

/** The matches that name one entity: how many, and by period. */
struct CompanionTally {
  Xapian::doccount total = 0; /**< matches naming it (stories, when per story) */
  DateCounts dates{Period::Month};
};

/** What to count over the matches. */
struct TallyRequest {
  std::optional<Period> histogram; /**< matches per period */
  bool entities = false;           /**< the entities of each kind (facets, related) */
  bool sources = false;            /**< the source names (facets) */
  bool per_story = true;           /**< of the copies of a story, count the first seen only */
  /** Count the entities of at most about this many matches (0: all), a sample
   *  spread evenly over the match set; the histogram counts every match. */
  Xapian::doccount entity_sample = 0;
  /** Xapian's estimate of the matches, before matching: sets the sampling rate. */
  Xapian::doccount expected_matches = 0;
  /** Count, for each, the matches that name it, by period (the histogram's). Per story,
   *  a story counts when the copy the histogram counts names it, as in the entity counts;
   *  never sampled. */
  std::vector<EntityKey> companions;
};

/** What a tally counted. */
struct Tallies {
  DateCounts dates{Period::Month};
  EntityCounts entities;
  std::unordered_map<std::string, Xapian::doccount> sources;
  Xapian::doccount counted = 0;           /**< matches counted (stories, when per story) */
  Xapian::doccount entities_counted = 0;  /**< of those, the matches whose entities were counted */
  bool sampled = false;                   /**< entities counted in a sample of the matches */
  std::vector<CompanionTally> companions; /**< one per TallyRequest::companions */
};

class MatchTally {
public:
  virtual ~MatchTally() = default;
  /** Makes the enquire's next match feed this tally (the match must see every match). */
  virtual void attach(Xapian::Enquire& enquire) = 0;
  /** The counts, after the match. */
  virtual const Tallies& results() const = 0;
};

/** The tally that reads each match's value slots, as a match spy (companions too). */
std::unique_ptr<MatchTally> make_document_tally(const TallyRequest& request);

} // namespace news
