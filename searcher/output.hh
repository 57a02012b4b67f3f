// Printing search results, one function per output format, to a sink
// (stdout and stderr, or a string). The formats are documented in
// docs/output-format.md.
#pragma once

#include <span>
#include <string>

#include "searcher/hit_fields.hh"
#include "searcher/search.hh"
#include "searcher/search_service.hh"
#include "searcher/sink.hh"

namespace news {

/** Version of the JSON output; bumped when a field changes meaning or goes away. */
inline constexpr int kJsonFormatVersion = 1;

struct TextStyle {
  bool highlight;   /**< bold matches and titles (ANSI escapes) */
  unsigned width;   /**< columns to fit in */
  bool entities;    /**< a line of each hit's people, organisations and places */
  bool hits = true; /**< false (--no-hits): the charts and the count only */
  /** The short handle of each hit, in order (article_handle.hh); none shown when empty. */
  std::vector<std::string> handles = {};
};

/** Ranked hits for people: rank, title, handle, date, source or path, snippet; histogram bars. */
void print_text(const SearchResults& results, const TextStyle& style, Sink& sink);

/** --related as text: per kind, each name's score, count in the matches and in the archive. */
void print_related_text(const Related& related, Sink& sink);

/** --timeline as text: a line per period, a column of count and bar per series; totals. */
void print_timeline_text(const Timeline& timeline, unsigned width, Sink& sink);

/**
 * One JSON object: format_version, query, total, offset, hits[], histogram,
 * did_you_mean, facets, related, timeline (those asked for). Each hit has the keys `fields` names,
 * in that order (--fields); when none, its rank, kHitFields, score, similar, snippet and entities.
 */
void print_json(const SearchResults& results, unsigned offset, Sink& sink,
                std::span<const HitField> fields = {});

/** One JSON object per hit, one per line (the objects of print_json's hits). */
void print_jsonl(const SearchResults& results, Sink& sink, std::span<const HitField> fields = {});

/** One article id per line. */
void print_ids(const SearchResults& results, Sink& sink);

/** CSV with a header line: the columns `fields` names, or else those of kCsvColumns. */
void print_csv(const SearchResults& results, Sink& sink, std::span<const HitField> fields = {});

/** The histogram as CSV (--no-hits): `period,count`, then `undated,N` when some are. */
void print_csv_histogram(const SearchResults& results, Sink& sink);

/** The facets as CSV (--no-hits): `facet,name,count`, person, org, place, then source. */
void print_csv_facets(const SearchResults& results, Sink& sink);

/**
 * One JSON object: format_version, the article's every field (body and
 * entities included), and `copies`, the other copies of its story.
 */
void print_article_json(const ArticleView& view, Sink& sink);

/**
 * One whole article for people (`news-search show`): a first line with its
 * handle, its fields as `name: value` lines in the order of
 * kArticleViewFields, the other copies of its story (`handles[0]` is the
 * article's, then one a copy), then the body, wrapped to `width`.
 */
void print_article_text(const ArticleView& view, const std::vector<std::string>& handles,
                        unsigned width, Sink& sink);

/** What a digest is of: the saved search's name and its query as typed. */
struct DigestHeading {
  std::string name;
  std::string query;
};

/**
 * The mail-ready text of a watch's new articles: `NAME: N new articles`
 * (a subject line), the saved search, then each article's title, date and
 * source, URL (or path and record) and snippet; plain text, 72 columns.
 */
void print_digest(const SearchResults& results, const DigestHeading& heading, Sink& sink);

/** One JSON object: format_version, articles, undated, first_date, last_date, revision. */
void print_summary_json(const IndexSummary& summary, Sink& sink);

} // namespace news
