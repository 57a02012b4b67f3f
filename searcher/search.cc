#include "searcher/search.hh"

#include "common/article_document.hh"
#include "searcher/snippet.hh"

namespace news {
namespace {

// Bytes of body text in a snippet: about two lines of a terminal.
constexpr size_t kSnippetLength = 200;

} // namespace

SearchResults run_search(const Xapian::Database& db, const Xapian::Query& query,
                         const std::string& query_text, unsigned offset, unsigned limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::doccount all = db.get_doccount();
  const Xapian::doccount wanted = limit == 0 ? all : limit;
  // checkatleast = every document: the total is exact, not an estimate.
  const Xapian::MSet mset = enquire.get_mset(offset, wanted, all);

  SearchResults results;
  results.query = query_text;
  results.total = mset.get_matches_estimated();
  unsigned rank = offset;
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Article article = article_from_document(it.get_document());
    const std::string& text = article.body.empty() ? article.title : article.body;
    std::string snippet = make_snippet(mset, text, kSnippetLength);
    results.hits.push_back(Hit{++rank, it.get_weight(), std::move(article), std::move(snippet)});
  }
  return results;
}

} // namespace news
