// Running a query against the database and collecting what to show.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/article.hh"
#include "searcher/facets.hh"
#include "searcher/histogram.hh"
#include "searcher/match_tally.hh"
#include "searcher/related.hh"
#include "searcher/search_request.hh"
#include "searcher/timeline.hh"

namespace news {

/** One matching article, as shown to the user. */
struct Hit {
  unsigned rank;                /**< 1-based position in the whole result list */
  double score;                 /**< Xapian's relevance weight (BM25) */
  Article article;              /**< the stored fields */
  std::string snippet;          /**< see SnippetMaker: plain text with highlight marks */
  Xapian::doccount similar = 0; /**< other copies of the story collapsed into this hit */
};

/** How to rank and page the matches of a query. */
struct MatchOptions {
  unsigned offset = 0;
  unsigned limit = 10; /**< 0: all */
  SortOrder sort = SortOrder::Relevance;
  bool collapse = true; /**< one hit per story */
  std::optional<Period> histogram;
  bool facets = false;                   /**< count the top entities and sources of all matches */
  std::size_t facet_limit = 10;          /**< names of each kind the facets keep */
  std::optional<RelatedOptions> related; /**< rank the entities that go with the matches */
  /** Count the entities (facets, related) of a sample of about this many matches; 0: all. */
  Xapian::doccount entity_sample = 0;
  bool hits = true; /**< false: no page of hits, only the counts */
  /** Count the matches naming each of these by period (with `histogram`; local shards only:
   *  match_tally.hh's TallyRequest::companions). */
  std::vector<EntityKey> companions;
  /** Matching still running then throws news::Error (timeout): the time budget, if any. */
  struct Deadline {
    std::chrono::steady_clock::time_point end;
    std::chrono::milliseconds budget; /**< as the error states it */
  };
  std::optional<Deadline> deadline;
  /** A shard is remote: Xapian's own match spies count (remote_counts.hh), no posting list is
   *  walked by hand (it would come over the network), no match decider (the deadline). */
  bool remote = false;
};

/** A page of hits and facts about the whole result set. */
struct SearchResults {
  std::string query;          /**< the query as the user typed it */
  Xapian::doccount total = 0; /**< exact number of matches (stories when collapsed) */
  /** False when `total` may count a story twice: collapsed over remote shards, each server
   *  collapses its own matches. */
  bool total_exact = true;
  std::vector<Hit> hits;
  std::vector<HistogramBucket> histogram; /**< when requested */
  Xapian::doccount undated = 0;           /**< matches left out of the histogram */
  std::string did_you_mean;               /**< a corrected query, or empty */
  std::optional<Facets> facets;           /**< when requested */
  std::optional<Related> related;         /**< when requested */
  std::optional<DateCounts> dates;        /**< the histogram's counts per period start */
  std::vector<CompanionTally> companions; /**< one per MatchOptions::companions */
  std::optional<Timeline> timeline;       /**< --timeline: its series */
  /** Of the matches, those whose entities the facets and related counted (a sample when
   *  fewer than total). */
  Xapian::doccount entities_counted = 0;
  std::string explanation; /**< the parsed query, when asked to explain */
  /** False when a remote shard was searched: spelling comes from the local shards only. */
  bool spelling_complete = true;
  /** The shards left out (--allow-partial), as named in --db or the stub file. */
  std::vector<std::string> missing_shards;
};

/** Runs the query; the total is exact, not an estimate. */
SearchResults run_search(const Xapian::Database& db, const Xapian::Query& query,
                         const MatchOptions& request);

} // namespace news
