// Printing search results, one function per output format. Each writes to
// stdout; the formats are documented in docs/output-format.md.
#pragma once

#include "searcher/search.hh"

namespace news {

/** Version of the JSON output; bumped when a field changes meaning or goes away. */
inline constexpr int kJsonFormatVersion = 1;

struct TextStyle {
  bool highlight; /**< bold matches and titles (ANSI escapes) */
  unsigned width; /**< columns to fit in */
  bool entities;  /**< a line of each hit's people, organisations and places */
};

/** Ranked hits for people: rank, title, date, source or path, snippet; histogram bars. */
void print_text(const SearchResults& results, const TextStyle& style);

/** One JSON object: format_version, query, total, offset, hits[], histogram, did_you_mean. */
void print_json(const SearchResults& results, unsigned offset);

/** One JSON object per hit, one per line (the objects of print_json's hits). */
void print_jsonl(const SearchResults& results);

/** One article id per line. */
void print_ids(const SearchResults& results);

/** CSV with a header line: the columns of kCsvColumns (article_fields.hh). */
void print_csv(const SearchResults& results);

} // namespace news
