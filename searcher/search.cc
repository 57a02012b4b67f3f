#include "searcher/search.hh"

#include <algorithm>

#include "common/article_document.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "searcher/language_facet.hh"
#include "searcher/match_count.hh"
#include "searcher/match_deadline.hh"
#include "searcher/match_tally.hh"
#include "searcher/remote_counts.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

// Bytes of body text in a snippet: about two lines of a terminal.
constexpr std::size_t kSnippetLength = 200;

// Relevance with ties going to the newer article. Asking Xapian for
// relevance-then-date costs a date read per candidate (a sixth of a search),
// and ties are rare except when nothing carries weight (a pure filter such as
// `date:2024-05`): then the order is by date; other ties are put in date order
// within the page (order_ties_by_date).
void set_order(Xapian::Enquire& enquire, SortOrder sort, double max_possible, bool remote) {
  const Xapian::valueno date = slot_of(Field::Date);
  switch (sort) {
  case SortOrder::Relevance:
    if (max_possible == 0) enquire.set_sort_by_value(date, true);
    break;
  case SortOrder::Newest: // undated articles, without a value, come last
    enquire.set_sort_by_value_then_relevance(date, true);
    break;
  case SortOrder::Oldest: {
    // Xapian's remote backend runs no KeyMaker: there, undated articles first.
    if (remote) {
      enquire.set_sort_by_value_then_relevance(date, false);
      break;
    }
    // Undated articles last here too, as with newest: no value reads as a
    // key after every date.
    auto* keys = new Xapian::MultiValueKeyMaker;
    keys->add_value(date, false, std::string(kAfterEveryDateValue));
    enquire.set_sort_by_key_then_relevance(keys->release(), false);
    break;
  }
  }
}

bool newer(const Hit& a, const Hit& b) {
  if (!b.article.date) return a.article.date.has_value();
  return a.article.date && *a.article.date > *b.article.date;
}

void order_ties_by_date(std::vector<Hit>& hits) {
  std::size_t start = 0;
  while (start < hits.size()) {
    std::size_t end = start + 1;
    while (end < hits.size() && hits[end].score == hits[start].score)
      ++end;
    if (end - start > 1) {
      const unsigned first_rank = hits[start].rank;
      std::stable_sort(hits.begin() + static_cast<std::ptrdiff_t>(start),
                       hits.begin() + static_cast<std::ptrdiff_t>(end), newer);
      for (std::size_t i = start; i < end; ++i)
        hits[i].rank = first_rank + static_cast<unsigned>(i - start);
    }
    start = end;
  }
}

// The page, and the total with the "+N similar" counts exact. A full pass
// (checkatleast = every document) weighs and collapses every match: about
// half of a one-word search. When Xapian's bounds already give the count
// without collapsing, or the query's posting lists can be walked cheaply,
// the copies are counted apart and the page is matched as quest would.
struct Matches {
  Xapian::MSet mset;
  Xapian::doccount total = 0;
  std::optional<StoryCopies> copies; // else the collapse counts are exact
};

// Every match weighed and collapsed: the lower bound is the exact count, and
// so are the collapse counts.
// Hits to put on the page: none when only the counts are wanted; limit 0 is every match.
Xapian::doccount page_size(const MatchOptions& request, Xapian::doccount all) {
  if (!request.hits) return 0;
  return request.limit == 0 ? all : request.limit;
}

Matches full_pass(const Xapian::Enquire& enquire, const MatchOptions& request, Xapian::doccount all,
                  const Xapian::MatchDecider* deadline) {
  const Xapian::doccount wanted = page_size(request, all);
  Matches matches{enquire.get_mset(request.offset, wanted, all, nullptr, deadline), 0,
                  std::nullopt};
  // The estimate, when collapsing, is scaled by the collapse rate seen.
  matches.total = matches.mset.get_matches_lower_bound();
  return matches;
}

Matches match(const Xapian::Enquire& enquire, const Xapian::Database& db,
              const Xapian::Query& query, const MatchOptions& request, const Xapian::MSet& estimate,
              bool spies, const MatchDeadline* deadline) {
  const Xapian::doccount all = db.get_doccount();
  const Xapian::doccount wanted = page_size(request, all);
  // Match spies must see every match; a whole list is every match anyway.
  if (spies || request.limit == 0) return full_pass(enquire, request, all, deadline);
  // Remote shards: their lists stay on their servers, which weigh and
  // collapse every match, all at once.
  if (request.remote && request.collapse) return full_pass(enquire, request, all, deadline);
  if (const std::optional<Xapian::doccount> uncollapsed = exact_from_bounds(estimate)) {
    Matches matches{enquire.get_mset(request.offset, wanted, 0, nullptr, deadline), *uncollapsed,
                    std::nullopt};
    if (request.collapse) {
      matches.copies = count_story_copies(db, query);
      matches.total -= matches.copies->surplus;
    }
    return matches;
  }
  // Terms under AND and OR: their posting lists walked by hand count the
  // matches for less than Xapian's matcher would. Phrases, ranges and the
  // like are left to the full pass: counting them apart costs more.
  if (std::optional<MatchCount> walked =
          request.remote ? std::nullopt
                         : walk_matches(db, query, estimate.get_matches_estimated())) {
    if (deadline) deadline->check();
    Matches matches{enquire.get_mset(request.offset, wanted, 0, nullptr, deadline), walked->matches,
                    std::nullopt};
    if (request.collapse) {
      matches.total -= walked->copies.surplus;
      matches.copies = std::move(walked->copies);
    }
    return matches;
  }
  return full_pass(enquire, request, all, deadline);
}

// Xapian 1.4 loses the collapse counts of a remote shard's hits: those of
// the page are counted apart, in `remote_copies`.
Xapian::doccount similar(const std::map<std::string, Xapian::doccount>& remote_copies,
                         const MatchOptions& request, const Matches& matches,
                         const Xapian::MSetIterator& it) {
  if (request.remote) {
    const auto found = remote_copies.find(it.get_collapse_key());
    return found == remote_copies.end() ? 0 : found->second;
  }
  if (!matches.copies) return it.get_collapse_count();
  const auto found = matches.copies->extra.find(it.get_collapse_key());
  return found == matches.copies->extra.end() ? 0 : found->second;
}

} // namespace

SearchResults run_search(const Xapian::Database& db, const Xapian::Query& query,
                         const MatchOptions& request) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  // No matching yet: Xapian's bounds on the count and the top weight.
  const Xapian::MSet estimate = enquire.get_mset(0, 0);
  set_order(enquire, request.sort, estimate.get_max_possible(), request.remote);
  if (request.collapse) enquire.set_collapse_key(slot_of(Field::Story));
  // One pass over the matches counts whatever the views asked for need.
  std::unique_ptr<MatchTally> tally;
  if (request.histogram || request.facets || request.related || !request.companions.empty()) {
    TallyRequest counts;
    counts.histogram = request.histogram;
    counts.entities = request.facets || request.related;
    counts.sources = request.facets;
    counts.per_story = request.collapse;
    counts.entity_sample = request.entity_sample;
    counts.expected_matches = estimate.get_matches_estimated();
    counts.companions = request.companions;
    tally = request.remote ? make_remote_tally(counts, db, query) : make_document_tally(counts);
    tally->attach(enquire);
  }

  // A match decider cannot run on a remote shard: there, the servers' timeout.
  std::optional<MatchDeadline> deadline;
  if (request.deadline && !request.remote)
    deadline.emplace(request.deadline->end, request.deadline->budget);
  const Matches matches = match(enquire, db, query, request, estimate, tally != nullptr,
                                deadline ? &*deadline : nullptr);
  const Xapian::MSet& mset = matches.mset;
  SearchResults results;
  results.total = matches.total;
  results.total_exact = !(request.remote && request.collapse);
  if (tally) {
    const Tallies& tallies = tally->results();
    if (request.facets) {
      results.facets = top_facets(tallies.entities, tallies.sources, request.facet_limit);
      results.facets->lang = count_languages(db, query, request.collapse, request.facet_limit);
    }
    if (request.related) results.related = related_entities(db, query, tallies, *request.related);
    if (request.histogram) {
      results.histogram = tallies.dates.buckets();
      results.undated = tallies.dates.undated();
      results.dates = tallies.dates;
    }
    results.entities_counted = tallies.entities_counted;
    results.companions = tallies.companions;
  }
  std::map<std::string, Xapian::doccount> remote_copies;
  if (request.remote && request.collapse) {
    std::vector<std::string> keys;
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
      keys.push_back(it.get_collapse_key());
    remote_copies = remote_story_copies(db, query, keys);
  }
  unsigned rank = request.offset;
  SnippetMaker snippets(query, mset);
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Article article = article_from_document(it.get_document());
    const std::string& text = article.body.empty() ? article.title : article.body;
    std::string snippet = snippets.make(text, kSnippetLength, article.language);
    results.hits.push_back(
        Hit{++rank, it.get_weight(), std::move(article), std::move(snippet),
            request.collapse ? similar(remote_copies, request, matches, it) : 0});
  }
  if (request.sort == SortOrder::Relevance) order_ties_by_date(results.hits);
  return results;
}

} // namespace news
