#include "searcher/search.hh"

#include "common/article_document.hh"
#include "common/schema.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

// Bytes of body text in a snippet: about two lines of a terminal.
constexpr std::size_t kSnippetLength = 200;

void set_order(Xapian::Enquire& enquire, SortOrder sort) {
  const Xapian::valueno date = slot_of(Field::Date);
  switch (sort) {
  case SortOrder::Relevance:
    enquire.set_sort_by_relevance_then_value(date, true); // ties: newer first
    break;
  case SortOrder::Newest:
    enquire.set_sort_by_value_then_relevance(date, true);
    break;
  case SortOrder::Oldest:
    enquire.set_sort_by_value_then_relevance(date, false);
    break;
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
  results.total = mset.get_matches_estimated();
  if (facets) results.facets = facets->top(kFacetSize);
  if (histogram) {
    results.histogram = histogram->buckets();
    results.undated = histogram->undated();
  }
  unsigned rank = request.offset;
  const std::vector<std::string> stems = query_stems(query);
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Article article = article_from_document(it.get_document());
    const std::string& text = article.body.empty() ? article.title : article.body;
    std::string snippet = make_snippet(mset, stems, text, kSnippetLength);
    results.hits.push_back(Hit{++rank, it.get_weight(), std::move(article), std::move(snippet),
                               request.collapse ? it.get_collapse_count() : 0});
  }
  return results;
}

} // namespace news
