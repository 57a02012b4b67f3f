#include "searcher/search.hh"

#include <algorithm>

#include "common/article_document.hh"
#include "common/schema.hh"
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
void set_order(Xapian::Enquire& enquire, SortOrder sort) {
  const Xapian::valueno date = slot_of(Field::Date);
  switch (sort) {
  case SortOrder::Relevance:
    if (enquire.get_mset(0, 0).get_max_possible() == 0) enquire.set_sort_by_value(date, true);
    break;
  case SortOrder::Newest:
    enquire.set_sort_by_value_then_relevance(date, true);
    break;
  case SortOrder::Oldest:
    enquire.set_sort_by_value_then_relevance(date, false);
    break;
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

} // namespace

SearchResults run_search(const Xapian::Database& db, const Xapian::Query& query,
                         const SearchRequest& request) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  set_order(enquire, request.sort);
  if (request.collapse) enquire.set_collapse_key(slot_of(Field::Story));
  // How many of each to show with --facets.
  constexpr std::size_t kFacetSize = 10;
  std::optional<FacetSpy> facets;
  if (request.facets) {
    facets.emplace();
    enquire.add_matchspy(&*facets);
  }
  std::optional<DateHistogramSpy> histogram;
  if (request.histogram) {
    histogram.emplace(*request.histogram);
    enquire.add_matchspy(&*histogram);
  }

  const Xapian::doccount all = db.get_doccount();
  const Xapian::doccount wanted = request.limit == 0 ? all : request.limit;
  // checkatleast = every document: the total is exact, and the histogram
  // spy sees every match.
  const Xapian::MSet mset = enquire.get_mset(request.offset, wanted, all);

  SearchResults results;
  // Every match was looked at, so the lower bound is the exact count; the
  // estimate, when collapsing, is scaled by the collapse rate seen.
  results.total = mset.get_matches_lower_bound();
  if (facets) results.facets = facets->top(kFacetSize);
  if (histogram) {
    results.histogram = histogram->buckets();
    results.undated = histogram->undated();
  }
  unsigned rank = request.offset;
  SnippetMaker snippets(query, mset);
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Article article = article_from_document(it.get_document());
    const std::string& text = article.body.empty() ? article.title : article.body;
    std::string snippet = snippets.make(text, kSnippetLength);
    results.hits.push_back(Hit{++rank, it.get_weight(), std::move(article), std::move(snippet),
                               request.collapse ? it.get_collapse_count() : 0});
  }
  if (request.sort == SortOrder::Relevance) order_ties_by_date(results.hits);
  return results;
}

} // namespace news
