#include "searcher/search_service.hh"

#include <algorithm>

#include "common/article_document.hh"
#include "common/byte_escape.hh"
#include "common/error.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "searcher/article_handle.hh"
#include "searcher/article_lookup.hh"
#include "searcher/more_like_this.hh"
#include "searcher/query_builder.hh"
#include "searcher/spelling.hh"

namespace news {
namespace {

// A writer (news-index sync) may commit while we read: Xapian then asks for
// a reopen, and the work is done again on the newer state.
constexpr int kAttempts = 5;

template <typename Work> auto retried(Xapian::Database& db, Work&& work) {
  for (int attempt = 1;; ++attempt) {
    try {
      return work();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      db.reopen();
    }
  }
}

// Below this many matches, a corrected spelling is worth suggesting.
constexpr Xapian::doccount kFewMatches = 3;

// The other articles of a story: those with the same story key.
std::vector<Article> copies_of(const Xapian::Database& db, const Xapian::Document& document,
                               Xapian::docid self) {
  const Xapian::valueno slot = slot_of(Field::Story);
  const std::string key = document.get_value(slot);
  if (key.empty()) return {};
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, key, key));
  enquire.set_sort_by_value(slot_of(Field::Date), true);
  const Xapian::MSet copies = enquire.get_mset(0, db.get_doccount());
  std::vector<Article> result;
  for (auto it = copies.begin(); it != copies.end(); ++it)
    if (*it != self) result.push_back(article_from_document(it.get_document()));
  return result;
}

} // namespace

SearchService::SearchService(Xapian::Database db) : db_(std::move(db)) {}

SearchResults SearchService::search(const SearchRequest& request) {
  try {
    return retried(db_, [&] { return search_once(request); });
  } catch (const Xapian::WildcardError& e) {
    throw wildcard_error(e);
  }
}

SearchResults SearchService::search_once(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  const QueryRequest words{request.query, request.any, request.now,     request.since,
                           request.until, {},          request.language};
  const ParsedQuery parsed = build_query(words, db_);
  Xapian::Query query = parsed.query;
  // Similar articles, among those the words and dates select.
  if (request.like_id)
    query = Xapian::Query(Xapian::Query::OP_FILTER, more_like_this(db_, *request.like_id), query);

  MatchOptions options;
  options.offset = request.offset;
  options.limit = request.count_only ? 1u : request.limit;
  options.sort = request.sort;
  options.collapse = !request.all_versions;
  options.histogram = request.histogram;
  options.facets = request.facets;
  options.facet_limit = request.facet_limit;
  options.hits = !request.no_hits;
  if (time_limit_.count() > 0)
    options.deadline = MatchOptions::Deadline{start + time_limit_, time_limit_};
  SearchResults results = run_search(db_, query, options);
  results.query = request.query;
  if (request.explain) results.explanation = query.get_description();
  if (results.total < kFewMatches)
    results.did_you_mean = suggest_spelling(db_, request.query, parsed.corrected);
  return results;
}

ArticleView SearchService::article(const std::string& id) {
  return retried(db_, [&] { return article_once(id); });
}

ArticleView SearchService::article_once(const std::string& id) {
  const std::string term = existing_id_term(db_, id);
  if (term.empty())
    throw Error(ErrorKind::NotFound, fmt::format("no article with id '{}'", escape_bytes(id)));
  const Xapian::docid docid = *db_.postlist_begin(term);
  const Xapian::Document document = db_.get_document(docid);
  return ArticleView{article_from_document(document), copies_of(db_, document, docid)};
}

std::vector<std::string> SearchService::handles(const std::vector<std::string>& ids) {
  return retried(db_, [&] { return short_handles(db_, ids); });
}

IndexSummary SearchService::summary() {
  return retried(db_, [&] {
    const Xapian::valueno date = slot_of(Field::Date);
    IndexSummary summary;
    summary.articles = db_.get_doccount();
    summary.undated = summary.articles - db_.get_value_freq(date);
    summary.first_date = decode_date_value(db_.get_value_lower_bound(date));
    summary.last_date = decode_date_value(db_.get_value_upper_bound(date));
    try {
      summary.revision = db_.get_revision();
    } catch (const Xapian::UnimplementedError&) {
      // an in-memory database has no revision
    }
    return summary;
  });
}

} // namespace news
