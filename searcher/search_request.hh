// What a front end asks of the search service: the command line
// (search_options.hh) and the HTTP server (url_request.hh) both build a
// SearchRequest, with the same checks and the same words for the same
// mistakes (the parameter table below).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/cli_flag.hh"
#include "common/date.hh"
#include "searcher/histogram.hh"

namespace news {

enum class SortOrder { Relevance, Newest, Oldest };

/** A search, validated: which articles, in which order, which page, what else to count. */
struct SearchRequest {
  std::string query;                       /**< the words; may be empty when a filter is given */
  bool any = false;                        /**< a hit needs one word, not all */
  std::optional<std::string> since, until; /**< date expressions (same forms as date:) */
  Date now;                                /**< what "today" means for relative dates */
  std::string language; /**< the query's language (--lang): its stemmer; empty: the index's */
  std::optional<std::string> like_id; /**< articles similar to this one */
  unsigned limit = 10;                /**< hits to show; 0 means all */
  unsigned offset = 0;                /**< hits to skip first */
  SortOrder sort = SortOrder::Relevance;
  bool all_versions = false;       /**< every copy of a story, not the best one */
  bool count_only = false;         /**< the number of matches only: no page of hits */
  std::optional<Period> histogram; /**< matches per period */
  bool facets = false;             /**< top entities and sources of all matches */
  unsigned facet_limit = 10;       /**< names of each kind in the facets */
  bool no_hits = false;            /**< no page of hits: the total, histogram and facets only */
  bool related = false;            /**< the entities that go with the matches (related.hh) */
  unsigned min_count = 3;          /**< --related: the least matches an entity must be in */
  /** Entities (facets, related) of a sample of about this many matches; 0: every match. */
  unsigned sample = 100'000;
  /** --timeline: queries whose matches per period are shown side by side (timeline.hh). */
  std::vector<std::string> timeline;
  bool explain = false; /**< describe the parsed query (SearchResults::explanation) */
};

// The parameters both front ends take, by their command-line names; a URL
// spells them with `_` for `-` (all_versions).
inline constexpr Switch kAnyOption{"any", "match articles with any of the words, not all"};
inline constexpr Flag<std::string> kSinceOption{
    "since", "only articles from this date on (same forms as date:)"};
inline constexpr Flag<std::string> kUntilOption{"until", "only articles up to this date, included"};
inline constexpr Flag<std::string> kLangOption{
    "lang", "stem the words in this language (en, de...; none: exact words)"};
inline constexpr Flag<std::string> kNowOption{"now", "take this date as today, for relative dates"};
inline constexpr Flag<std::string> kLikeOption{"like", "articles similar to the one with this id"};
inline constexpr Flag<long long> kLimitOption{"limit,n",
                                              "show at most N hits (default 10; 0: all)"};
inline constexpr Flag<long long> kOffsetOption{"offset", "skip the first N hits"};
inline constexpr std::array<Choice<SortOrder>, 3> kSortOrders{{{"relevance", SortOrder::Relevance},
                                                               {"newest", SortOrder::Newest},
                                                               {"oldest", SortOrder::Oldest}}};
inline constexpr ChoiceFlag<SortOrder> kSortOption{
    {"sort", "relevance (ties: newer first), newest or oldest"},
    kSortOrders,
    Refusal::UnknownValue};
inline constexpr Switch kAllVersionsOption{"all-versions",
                                           "show every copy of a republished story"};
inline constexpr std::array<Choice<Period>, 4> kPeriods{{{"day", Period::Day},
                                                         {"week", Period::Week},
                                                         {"month", Period::Month},
                                                         {"year", Period::Year}}};
inline constexpr ChoiceFlag<Period> kHistogramOption{
    {"histogram", "matches per day, week, month or year, as a chart"},
    kPeriods,
    Refusal::UnknownValue};
inline constexpr Switch kFacetsOption{
    "facets", "the top people, organisations, places, sources and languages"};

inline constexpr Flag<long long> kFacetLimitOption{
    "facet-limit", "names of each kind with --facets (default 10, at most 1000)"};
inline constexpr Switch kNoHitsOption{
    "no-hits", "no hits, only the total and the --histogram and --facets asked for"};

inline constexpr Switch kRelatedOption{
    "related", "the people, organisations and places found with the matches more than elsewhere"};
inline constexpr Flag<long long> kMinCountOption{
    "min-count", "with --related: names in at least N matches (default 3)"};
inline constexpr Flag<long long> kSampleOption{
    "sample", "count the entities of a sample of about N matches (default 100000; 0: all)"};
inline constexpr Switch kTimelineOption{
    "timeline", "each QUERY a series: its matches per --histogram period (default month)"};

/** The most series a timeline takes. */
inline constexpr std::size_t kMaxTimelineSeries = 12;

/** `value` as the number of names of each kind in the facets (1 to 1000); throws news::Error. */
unsigned checked_facet_limit(std::string_view option, long long value);

/** `value` as a number of hits; throws news::Error (usage) naming `option` when it is not one. */
unsigned checked_count(std::string_view option, long long value);

/** The date `--now` gives (`option` is nullopt: the clock); throws news::Error (usage). */
Date now_from(std::string_view option, const std::optional<std::string>& value);

/**
 * The query language `value` names (--lang): its code (`de` for `DE`,
 * `de-AT` or `German`), kExactWords for `none`, empty for no value; throws
 * news::Error (usage) naming `option` when it names no language.
 */
std::string query_language(std::string_view option, const std::optional<std::string>& value);

/** `value` as --min-count or --sample; throws news::Error (usage) naming `option`. */
unsigned checked_number(std::string_view option, long long value, long long least);

/** Refuses a timeline of no series or too many, and series with --like or paging. */
void check_timeline(const SearchRequest& request);

/** Whether the request selects articles: by words, dates or --like (else it is a usage error). */
bool selects_something(const SearchRequest& request);

} // namespace news
