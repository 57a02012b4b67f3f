// What a saved page says about its article besides the body: one walk over
// the page's tree collects its meta tags, JSON-LD, headings, bylines and
// dates; the fields are chosen from them in this order.
//
//   title   the <h1> that agrees best with og:title (or twitter:title,
//           dc.title, dcterms.title, parsely-title, JSON-LD headline) or
//           <title>; when none agrees, that title with the site's name and
//           its separator removed ("Story | Site", "Site - Story"); else the
//           first <h1>
//   author  JSON-LD author; <meta> author, dc.creator, dcterms.creator,
//           parsely-author, sailthru.author, article:author (not a URL);
//           the text of rel=author, itemprop=author, else of a byline or
//           author class ("By " taken off)
//   date    the first that is a date of: article:published_time, JSON-LD
//           datePublished, parsely-pub-date, sailthru.date, dcterms.created,
//           dcterms.issued, dcterms.date, <time datetime> (pubdate or
//           itemprop=datePublished first), <meta> date, datePublished, dc.date,
//           pubdate, publishdate; else the day the URL names (/2024/06/01/,
//           /2024-06-01/); a page whose date sources are all no date warns of
//           the first
//   url     <link rel="canonical">, else og:url
//   source  og:site_name, else JSON-LD publisher
// JSON-LD blocks wrapped in `<![CDATA[ ... ]]>` (or `//<![CDATA[`) are read too.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/article.hh"
#include "indexer/readers/parsed_file.hh"

struct _xmlNode;

namespace news {

/** What one walk over the page finds. */
struct PageParts {
  std::map<std::string, std::string> meta; // lowercase property/name -> first content
  std::string canonical;
  std::string title_element;
  std::vector<std::string> h1s; // the first few
  std::string time_datetime;    // the first <time datetime>
  std::string time_published;   // the first <time pubdate> or itemprop=datePublished
  std::string byline_marked;    // rel=author, itemprop=author
  std::string byline_classed;   // class byline or author
  std::string language;
  std::vector<nlohmann::json> json_ld;
  bool json_ld_too_deep = false; // a block nested deeper than kMaxJsonDepth, left out
  const _xmlNode* article = nullptr;
  const _xmlNode* main = nullptr;
  const _xmlNode* body = nullptr;
};

/** Walks the tree from its root element. */
PageParts collect_page_parts(const _xmlNode* root);

/** Fills the article's title, date, author, url, source and language; a
 *  date that is none is warned of through `out`. */
void read_page_metadata(const PageParts& parts, Article& article, ParsedFile& out);

/** A title without the site's name: "Story | Site" -> "Story" (the part kept
 *  has at least two words more than the one removed, or is `site`'s other side). */
std::string without_site_name(const std::string& title, const std::string& site);

} // namespace news
