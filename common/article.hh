// The article model: what the indexer reads out of a file and what the
// searcher shows of a hit. No Xapian here; see article_document.hh for the
// mapping to a Xapian document.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/date.hh"
#include "common/entity.hh"

namespace news {

/** Where an article's date came from, so a search can tell guesses apart. */
enum class DateSource {
  None,     /**< no date known */
  Metadata, /**< a header, field or tag made for it (Date:, pubDate, JSON field) */
  Text,     /**< found in the article's text (a dateline) */
  File,     /**< the file's modification time: only with `news-index add --file-dates` */
  Path,     /**< the day the file's path names (`2024/03/28/`, `2024-03-28-title.html`) */
};

/** One news article. Empty strings mean "not known". */
struct Article {
  std::string id;           /**< stable and unique: a file's path or a record's own id */
  std::string title;        /**< headline */
  std::string body;         /**< text, paragraphs separated by newlines, furniture removed */
  std::optional<Date> date; /**< publication time, UTC */
  DateSource date_source = DateSource::None;
  std::string source;   /**< publisher or site, e.g. `Reuters` */
  std::string url;      /**< canonical URL */
  std::string author;   /**< byline; several authors joined by ", " */
  std::string dateline; /**< wire-style place line, e.g. `SALVADOR, Feb 26` */
  std::string language; /**< language code as given, e.g. `en` */
  Entities entities;    /**< people, organisations and places it names */

  // Provenance: where the article was read from, so a hit can be traced back.
  std::string path;               /**< absolute path of the file it was read from */
  std::optional<unsigned> record; /**< 1-based line or item number inside that file */
  std::string format;             /**< input format, e.g. `text`, `jsonl`, `html`, `rss` */
};

/** `metadata`, `text`, `file`, `path` or `none`. */
const char* to_string(DateSource source);
/** Inverse of to_string; unknown names give DateSource::None. */
DateSource date_source_from_string(std::string_view name);

} // namespace news
