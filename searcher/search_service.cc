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

// --explain: the parsed query, and what a search over shards could not do.
std::string explanation(const Xapian::Query& query, const SearchResults& results,
                        bool remote_oldest) {
  std::string text = query.get_description();
  if (!results.total_exact)
    text += "\ntotal: an estimate (copies of a story on different remote shards may count twice)";
  if (remote_oldest)
    text += "\n--sort oldest: undated articles first (a remote shard cannot put them last)";
  if (!results.spelling_complete)
    text += "\nspelling suggestions: from the local shards only (a remote shard has none to give)";
  return text;
}

} // namespace

SearchService::SearchService(Xapian::Database db) : db_(std::move(db)) {}

SearchService::SearchService(DatabaseSet shards) : shards_(std::move(shards)) {
  db_ = shards_->open();
}

template <typename Work> auto SearchService::retried(Work&& work) {
  // Each lost shard is left out once (allow_partial): as many tries more.
  const int attempts = kAttempts + (shards_ ? static_cast<int>(shards_->shards().size()) : 0);
  for (int attempt = 1;; ++attempt) {
    try {
      return work();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= attempts) throw;
      db_.reopen();
    } catch (const Xapian::NetworkError& e) {
      if (!shards_ || attempt >= attempts) throw;
      shards_->shard_lost(e); // throws unless allow_partial
      db_ = shards_->open();
    }
  }
}

bool SearchService::refresh() {
  if (shards_ && !shards_->missing().empty()) {
    db_ = shards_->open();
    return true;
  }
  return db_.reopen();
}

SearchResults SearchService::search(const SearchRequest& request) {
  try {
    return retried([&] { return search_once(request); });
  } catch (const Xapian::WildcardError& e) {
    throw wildcard_error(e);
  }
}

SearchResults SearchService::search_once(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  std::optional<Timeline> timeline;
  if (!request.timeline.empty()) {
    timeline = timeline_of(request, start);
    if (request.query.find_first_not_of(" \t\n") == std::string::npos) {
      SearchResults results; // the series only: no search of its own
      results.timeline = std::move(timeline);
      return results;
    }
  }
  const QueryRequest words{request.query, request.any, request.now,     request.since,
                           request.until, {},          request.language};
  const ParsedQuery parsed = build_query(words, db_);
  Xapian::Query query = parsed.query;
  // Similar articles, among those the words and dates select.
  if (request.like_id)
    query = Xapian::Query(Xapian::Query::OP_FILTER, more_like_this(db_, *request.like_id), query);

  MatchOptions options = match_options(request, start);
  SearchResults results = run_search(db_, query, options);
  results.query = request.query;
  results.timeline = std::move(timeline);
  // Xapian's remote backend has no spelling data: the local shards' only.
  results.spelling_complete = !options.remote;
  if (shards_) results.missing_shards = shards_->missing();
  if (request.explain)
    results.explanation =
        explanation(query, results, options.remote && options.sort == SortOrder::Oldest);
  if (results.total < kFewMatches) results.did_you_mean = suggest_spelling(db_, request.query);
  return results;
}

MatchOptions SearchService::match_options(const SearchRequest& request,
                                          std::chrono::steady_clock::time_point start) const {
  MatchOptions options;
  options.offset = request.offset;
  options.limit = request.count_only ? 1u : request.limit;
  options.sort = request.sort;
  options.collapse = !request.all_versions;
  options.histogram = request.histogram;
  options.facets = request.facets;
  options.facet_limit = request.facet_limit;
  options.hits = !request.no_hits;
  if (request.related) options.related = RelatedOptions{request.facet_limit, request.min_count};
  options.entity_sample = request.sample;
  if (time_limit_.count() > 0)
    options.deadline = MatchOptions::Deadline{start + time_limit_, time_limit_};
  options.remote = shards_ && shards_->any_remote();
  return options;
}

// Each series a count of its own, under the request's dates and switches;
// with --related, its related entities in the same pass, and then its best
// companions counted per period: over local shards, by a second pass of the
// series' query that counts the matches naming each (a story by the copy the
// first pass counted, as --related does, so a companion never has more of a
// period than the series); over remote shards, where only Xapian's own match
// spies run, by a search of the series and each companion's whole-name term.
Timeline SearchService::timeline_of(const SearchRequest& request,
                                    std::chrono::steady_clock::time_point start) {
  const Period period = request.histogram.value_or(Period::Month);
  MatchOptions options = match_options(request, start);
  options.hits = false;
  options.histogram = period;
  options.facets = false;
  MatchOptions count_only = options;
  count_only.related.reset();
  std::vector<SeriesCounts> series;
  for (const std::string& words : request.timeline) {
    const QueryRequest one{words,         request.any, request.now,     request.since,
                           request.until, {},          request.language};
    const Xapian::Query query = build_query(one, db_).query;
    SearchResults counted = run_search(db_, query, options);
    SeriesCounts out{words, counted.total, counted.dates.value_or(DateCounts(period)), {}};
    if (counted.related)
      out.companions =
          companions_of(query, best_companions(*counted.related, kTimelineCompanions), count_only);
    series.push_back(std::move(out));
  }
  Timeline timeline = make_timeline(period, series);
  timeline.related = options.related.has_value();
  return timeline;
}

std::vector<CompanionCounts>
SearchService::companions_of(const Xapian::Query& query,
                             std::vector<std::pair<EntityKind, RelatedEntity>> best,
                             MatchOptions options) {
  const Period period = options.histogram.value_or(Period::Month);
  std::vector<CompanionCounts> out;
  if (best.empty()) return out;
  if (!options.remote) {
    for (const auto& [kind, entity] : best)
      options.companions.push_back({kind, entity.key});
    SearchResults counted = run_search(db_, query, options);
    for (std::size_t c = 0; c < best.size(); ++c)
      out.push_back({best[c].first, std::move(best[c].second), counted.companions[c].total,
                     std::move(counted.companions[c].dates)});
    return out;
  }
  for (auto& [kind, entity] : best) {
    const Xapian::Query with(Xapian::Query::OP_FILTER, query,
                             Xapian::Query(boolean_term(entity_fields(kind).name, entity.key)));
    SearchResults together = run_search(db_, with, options);
    out.push_back(
        {kind, std::move(entity), together.total, together.dates.value_or(DateCounts(period))});
  }
  return out;
}

ArticleView SearchService::article(const std::string& id) {
  return retried([&] { return article_once(id); });
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
  return retried([&] { return short_handles(db_, ids); });
}

IndexSummary SearchService::summary() {
  return retried([&] {
    const Xapian::valueno date = slot_of(Field::Date);
    IndexSummary summary;
    summary.articles = db_.get_doccount();
    summary.undated = summary.articles - db_.get_value_freq(date);
    summary.first_date = decode_date_value(db_.get_value_lower_bound(date));
    summary.last_date = decode_date_value(db_.get_value_upper_bound(date));
    try {
      summary.revision = db_.get_revision();
    } catch (const Xapian::UnimplementedError&) {
      // an in-memory or a remote database has no revision
    } catch (const Xapian::InvalidOperationError&) {
      // nor several shards: their revisions are not one number
    }
    return summary;
  });
}

} // namespace news
