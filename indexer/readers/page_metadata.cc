#include "indexer/readers/page_metadata.hh"

#include <algorithm>
#include <array>
#include <memory>
#include <set>

#include <fmt/core.h>
#include <libxml/tree.h>

#include "common/ascii.hh"
#include "common/date.hh"
#include "indexer/readers/body_text.hh"
#include "indexer/readers/html_text.hh"
#include "indexer/readers/json_depth.hh"
#include "indexer/readers/metadata_date.hh"

namespace news {
namespace {

using Json = nlohmann::json;

// Meta values are titles, dates, names and URLs: none is longer.
constexpr std::size_t kMaxMetaChars = 8192;

// A byline is a name or a few: longer text under a byline class is something else.
constexpr std::size_t kMaxBylineChars = 120;
constexpr std::size_t kMaxHeadlines = 8;

bool is_author_mark(const xmlNode* node) {
  return to_lower(attribute(node, "rel")) == "author" ||
         to_lower(attribute(node, "itemprop")) == "author";
}

bool is_byline_class(const xmlNode* node) {
  const std::string names = to_lower(attribute(node, "class") + " " + attribute(node, "id"));
  return names.find("byline") != std::string::npos || names.find("author") != std::string::npos;
}

// A byline's names end where its date, time, handle or role begins:
// "Jane Doe May 20, 2019", "Jane Doe @jdoe", "Jane Doe \xE2\x80\xA2 8h", "Jane Doe | Staff".
std::string without_byline_tail(std::string text) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  std::size_t end = text.find_first_of("0123456789@|");
  if (const std::size_t bullet = text.find("\xE2\x80\xA2"); bullet < end) end = bullet;
  if (end == std::string::npos || end == 0) return text;
  std::string_view kept = trim(std::string_view(text).substr(0, end));
  for (std::string_view month : kMonths) // "Jane Doe May 20": the month goes with the date
    if (kept.ends_with(month) && kept.size() > month.size() &&
        kept[kept.size() - month.size() - 1] == ' ')
      kept = trim(kept.substr(0, kept.size() - month.size()));
  while (!kept.empty() && (kept.back() == ',' || kept.back() == '-'))
    kept = trim(kept.substr(0, kept.size() - 1));
  return kept.empty() ? text : std::string(kept);
}

// "By Jane Doe" -> "Jane Doe"; an itemprop=author's itemprop=name or content first.
std::string byline_text(const xmlNode* node) {
  std::string text = attribute(node, "content");
  for (const xmlNode* child = node->children; text.empty() && child != nullptr; child = child->next)
    if (child->type == XML_ELEMENT_NODE && to_lower(attribute(child, "itemprop")) == "name")
      text = element_text(child);
  if (text.empty()) text = element_text(node);
  text = collapse_spaces(text);
  for (std::string_view by : {"by ", "By ", "BY ", "Par ", "par ", "Por ", "por ", "Von ", "von "})
    if (text.starts_with(by)) text.erase(0, by.size());
  return without_byline_tail(text);
}

void note_time(const xmlNode* node, PageParts& parts) {
  const std::string datetime = attribute(node, "datetime");
  if (datetime.empty()) return;
  if (parts.time_datetime.empty()) parts.time_datetime = datetime;
  const bool published = xmlHasProp(node, reinterpret_cast<const xmlChar*>("pubdate")) != nullptr ||
                         to_lower(attribute(node, "itemprop")) == "datepublished";
  if (published && parts.time_published.empty()) parts.time_published = datetime;
}

void note_meta(const xmlNode* node, PageParts& parts) {
  std::string key = attribute(node, "property");
  if (key.empty()) key = attribute(node, "name");
  if (key.empty()) key = attribute(node, "itemprop");
  if (key.empty()) key = attribute(node, "http-equiv");
  if (key.empty()) return;
  std::string content = attribute(node, "content");
  truncate_utf8(content, kMaxMetaChars); // a 20 MB og:title is not copied on
  parts.meta.emplace(to_lower(key), collapse_spaces(content));
}

// `<![CDATA[ {...} ]]>`, also behind `//` (a script's old wrapping): the JSON inside.
std::string_view without_cdata(std::string_view text) {
  text = trim(text);
  if (text.starts_with("//")) text = trim(text.substr(2));
  if (!text.starts_with("<![CDATA[")) return text;
  text.remove_prefix(9);
  if (const std::size_t end = text.rfind("]]>"); end != std::string_view::npos)
    text = text.substr(0, end);
  text = trim(text);
  if (text.ends_with("//")) text.remove_suffix(2);
  return text;
}

void note_json_ld(const xmlNode* node, PageParts& parts) {
  if (to_lower(attribute(node, "type")) != "application/ld+json") return;
  // Freed however the parse ends.
  const std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(node), xmlFree);
  if (content == nullptr) return;
  try {
    parts.json_ld.push_back(
        parse_json_bounded(without_cdata(reinterpret_cast<const char*>(content.get()))));
  } catch (const Json::exception&) {
    // Malformed JSON-LD (or a number past double) is common: the page has more.
  } catch (const JsonTooDeep&) {
    parts.json_ld_too_deep = true;
  }
}

void note_byline(const xmlNode* node, PageParts& parts) {
  if (!parts.byline_marked.empty() || (!parts.byline_classed.empty() && !is_author_mark(node)))
    return;
  std::string text = byline_text(node);
  if (text.empty() || text.size() > kMaxBylineChars) return;
  (is_author_mark(node) ? parts.byline_marked : parts.byline_classed) = std::move(text);
}

void walk(const xmlNode* node, PageParts& parts) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = element_name(node);
    if (name == "meta")
      note_meta(node, parts);
    else if (name == "script")
      note_json_ld(node, parts);
    else if (name == "link" && to_lower(attribute(node, "rel")) == "canonical" &&
             parts.canonical.empty())
      parts.canonical = attribute(node, "href");
    else if (name == "title" && parts.title_element.empty())
      parts.title_element = collapse_spaces(element_text(node));
    else if (name == "h1" && parts.h1s.size() < kMaxHeadlines)
      parts.h1s.push_back(collapse_spaces(element_text(node)));
    else if (name == "time")
      note_time(node, parts);
    else if (name == "html")
      parts.language = attribute(node, "lang");
    else if (name == "article" && parts.article == nullptr)
      parts.article = node;
    else if (name == "main" && parts.main == nullptr)
      parts.main = node;
    else if (name == "body" && parts.body == nullptr)
      parts.body = node;
    if (name != "meta" && name != "script" && (is_author_mark(node) || is_byline_class(node)))
      note_byline(node, parts);
    walk(node->children, parts);
  }
}

// Whether a JSON-LD object is about an article: @type NewsArticle, Article,
// ReportageNewsArticle, BlogPosting... (a string or a list), or article fields.
bool is_article_ld(const Json& json) {
  auto type_is_article = [](const Json& type) {
    if (!type.is_string()) return false;
    const std::string name = type.get<std::string>();
    return name.find("Article") != std::string::npos || name == "BlogPosting";
  };
  if (auto type = json.find("@type"); type != json.end()) {
    if (type_is_article(*type)) return true;
    if (type->is_array() && std::any_of(type->begin(), type->end(), type_is_article)) return true;
  }
  return json.contains("datePublished") || json.contains("headline");
}

// The JSON-LD object describing the article, also inside an array or an @graph.
const Json* find_article_ld(const Json& json) {
  if (json.is_array()) {
    for (const Json& item : json)
      if (const Json* found = find_article_ld(item)) return found;
    return nullptr;
  }
  if (!json.is_object()) return nullptr;
  if (auto graph = json.find("@graph"); graph != json.end())
    if (const Json* found = find_article_ld(*graph)) return found;
  return is_article_ld(json) ? &json : nullptr;
}

// A JSON-LD value as text: strings, `{"name": ...}` objects, lists of either.
std::string ld_text(const Json* value) {
  if (value == nullptr) return {};
  if (value->is_string()) return value->get<std::string>();
  if (value->is_object()) return ld_text(value->contains("name") ? &(*value)["name"] : nullptr);
  if (value->is_array()) {
    std::string joined;
    for (const Json& item : *value) {
      const std::string part = ld_text(&item);
      if (part.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += part;
    }
    return joined;
  }
  return {};
}

std::string ld_field(const Json* ld, const char* key) {
  if (ld == nullptr || !ld->contains(key)) return {};
  return collapse_spaces(ld_text(&(*ld)[key]));
}

std::string meta(const PageParts& parts, const char* key) {
  auto it = parts.meta.find(key);
  return it == parts.meta.end() ? std::string{} : it->second;
}

std::string first_of(std::initializer_list<std::string> candidates) {
  for (const std::string& candidate : candidates)
    if (!candidate.empty()) return candidate;
  return {};
}

std::string meta_any(const PageParts& parts, std::initializer_list<const char*> keys) {
  for (const char* key : keys)
    if (std::string value = meta(parts, key); !value.empty()) return value;
  return {};
}

// The words of a title, folded: letters and digits, lowercase.
std::vector<std::string> title_words(std::string_view text) {
  std::vector<std::string> words(1);
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)))
      words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!words.back().empty())
      words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// How well a headline agrees with a title: the share of the headline's words
// in the title, when they make at least half of the title's words.
double agreement(const std::string& headline, const std::string& title) {
  const std::vector<std::string> h = title_words(headline), t = title_words(title);
  if (h.empty() || t.empty()) return 0;
  const std::set<std::string> in_title(t.begin(), t.end());
  const auto shared = static_cast<double>(std::count_if(
      h.begin(), h.end(), [&](const std::string& w) { return in_title.contains(w); }));
  return shared * 2 >= static_cast<double>(t.size()) ? shared / static_cast<double>(h.size()) : 0;
}

// Separators between a title and the site's name, spaces around them.
constexpr std::array<std::string_view, 9> kSeparators = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " :: ", " \xC2\xBB ",
    " / ", "_"};

std::string choose_title(const PageParts& parts) {
  const std::string site = meta(parts, "og:site_name");
  const Json* ld = nullptr;
  for (const Json& json : parts.json_ld)
    if ((ld = find_article_ld(json)) != nullptr) break;
  const std::string meta_title = first_of(
      {meta_any(parts, {"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title"}),
       ld_field(ld, "headline")});
  const std::string* best = nullptr;
  double best_agreement = 0.8; // at least this much
  for (const std::string& h1 : parts.h1s)
    for (const std::string* title : {&meta_title, &parts.title_element})
      if (const double a = agreement(h1, *title); a > best_agreement) {
        best = &h1;
        best_agreement = a;
      }
  if (best != nullptr) return *best;
  if (!meta_title.empty()) return without_site_name(meta_title, site);
  if (!parts.title_element.empty()) return without_site_name(parts.title_element, site);
  return parts.h1s.empty() ? std::string() : parts.h1s.front();
}

bool is_url(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("/");
}

// The first that is a name, not a link to a profile.
std::string choose_author(const PageParts& parts, const Json* ld) {
  for (const std::string& name :
       {ld_field(ld, "author"), meta(parts, "author"), meta(parts, "dc.creator"),
        meta(parts, "dcterms.creator"), meta(parts, "parsely-author"),
        meta(parts, "sailthru.author"), meta(parts, "article:author"), parts.byline_marked,
        parts.byline_classed})
    if (!name.empty() && !is_url(name)) return name;
  return {};
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The day a URL names: `/2024/06/01/` or `/2024-06-01` (a path's parts).
std::string url_day(std::string_view url) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= url.size();) {
    const std::size_t end = std::min(url.find('/', start), url.size());
    parts.push_back(url.substr(start, end - start));
    start = end + 1;
  }
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view p = parts[i];
    if (p.size() >= 10 && all_digits(p.substr(0, 4)) && p[4] == '-' && all_digits(p.substr(5, 2)) &&
        p[7] == '-' && all_digits(p.substr(8, 2)))
      return std::string(p.substr(0, 10));
    if (i + 2 < parts.size() && p.size() == 4 && all_digits(p) && parts[i + 1].size() == 2 &&
        all_digits(parts[i + 1]) && parts[i + 2].size() == 2 && all_digits(parts[i + 2]))
      return fmt::format("{}-{}-{}", p, parts[i + 1], parts[i + 2]);
  }
  return {};
}

void read_page_date(const PageParts& parts, const Json* ld, const std::string& url,
                    Article& article, ParsedFile& out) {
  const std::vector<std::string> sources = {
      meta(parts, "article:published_time"),
      ld_field(ld, "datePublished"),
      meta_any(parts, {"parsely-pub-date", "sailthru.date", "dcterms.created", "dcterms.issued",
                       "dcterms.date"}),
      first_of({parts.time_published, parts.time_datetime}),
      meta_any(parts,
               {"date", "datepublished", "dc.date", "dc.date.issued", "pubdate", "publishdate"}),
      url_day(url)};
  const std::string* first = nullptr;
  for (const std::string& text : sources) {
    if (text.empty()) continue;
    if (first == nullptr) first = &text;
    if (std::optional<Date> date = parse_date(text)) {
      set_metadata_date(article, date, std::nullopt, out, text);
      return;
    }
  }
  if (first != nullptr) set_metadata_date(article, std::nullopt, std::nullopt, out, *first);
}

} // namespace

PageParts collect_page_parts(const xmlNode* root) {
  PageParts parts;
  walk(root, parts);
  return parts;
}

std::string without_site_name(const std::string& title, const std::string& site) {
  for (std::string_view separator : kSeparators) {
    const std::size_t first = title.find(separator), last = title.rfind(separator);
    if (last == std::string::npos) continue;
    const std::string before = title.substr(0, last), after = title.substr(last + separator.size());
    const std::string lead = title.substr(0, first), rest = title.substr(first + separator.size());
    if (!site.empty() && iequals(trim(after), trim(site))) return std::string(trim(before));
    if (!site.empty() && iequals(trim(lead), trim(site))) return std::string(trim(rest));
    if (title_words(before).size() >= title_words(after).size() + 2)
      return std::string(trim(before));
    if (title_words(rest).size() >= title_words(lead).size() + 2) return std::string(trim(rest));
  }
  return title;
}

void read_page_metadata(const PageParts& parts, Article& article, ParsedFile& out) {
  const Json* ld = nullptr;
  for (const Json& json : parts.json_ld)
    if ((ld = find_article_ld(json)) != nullptr) break;
  article.title = choose_title(parts);
  article.url = first_of({parts.canonical, meta(parts, "og:url")});
  read_page_date(parts, ld, article.url, article, out);
  article.author = choose_author(parts, ld);
  article.source = first_of({meta(parts, "og:site_name"), ld_field(ld, "publisher")});
  article.language =
      first_of({parts.language, meta(parts, "content-language"), meta(parts, "og:locale")});
}

} // namespace news
