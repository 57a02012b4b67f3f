// Printing search results, one function per output format, to a sink
// (stdout and stderr, or a string). The formats are documented in
// docs/output-format.md.
#pragma once

#include <string>

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
};

/** Ranked hits for people: rank, title, date, source or path, snippet; histogram bars. */
void print_text(const SearchResults& results, const TextStyle& style, Sink& sink);

/** One JSON object: format_version, query, total, offset, hits[], histogram, did_you_mean. */
void print_json(const SearchResults& results, unsigned offset, Sink& sink);

/** One JSON object per hit, one per line (the objects of print_json's hits). */
void print_jsonl(const SearchResults& results, Sink& sink);

/** One article id per line. */
void print_ids(const SearchResults& results, Sink& sink);

/** CSV with a header line: the columns of kCsvColumns (article_fields.hh). */
void print_csv(const SearchResults& results, Sink& sink);

/**
 * One JSON object: format_version, the article's every field (body and
 * entities included), and `copies`, the other copies of its story.
 */
void print_article_json(const ArticleView& view, Sink& sink);

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
