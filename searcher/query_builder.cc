#include "searcher/query_builder.hh"

#include <fmt/core.h>

#include "common/error.hh"
#include "common/stem_groups.hh"
#include "common/text_normalize.hh"
#include "common/tokenizer.hh"
#include "common/utf8.hh"
#include "common/words.hh"
#include "searcher/dangling_signs.hh"
#include "searcher/date_filter.hh"
#include "searcher/entity_filter.hh"
#include "searcher/field_names.hh"
#include "searcher/language_filter.hh"
#include "searcher/match_queries.hh"
#include "searcher/path_filter.hh"
#include "searcher/query_languages.hh"
#include "searcher/saved_filter.hh"

namespace news {
namespace {

// Not FLAG_SPELLING_CORRECTION: it looks every plain word up in the spelling
// data at each parse (a search took 4 to 14 times as long); "did you mean"
// is asked for only when a search finds little (searcher/spelling.hh).
constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                            Xapian::QueryParser::FLAG_PURE_NOT;

// A query of more words is refused: parsing and matching grow with the
// square of the words (`--any` with 10,000 words took 6 s).
constexpr std::size_t kMaxQueryWords = 1000;

// Wildcards as the parser sees them (FLAG_WILDCARD): a word and a `*` right after it.
std::size_t count_wildcards(std::string_view text) {
  std::size_t count = 0;
  for (const WordSpan& word : split_words(text, WordRule::Xapian)) {
    const std::size_t end = word.offset + word.length;
    if (end < text.size() && text[end] == '*') ++count;
  }
  return count;
}

bool is_blank(const std::string& text) {
  return text.find_first_not_of(" \t\n") == std::string::npos;
}

Xapian::Query apply_since_until(Xapian::Query query, const QueryRequest& request) {
  if (!request.since && !request.until) return query;
  DateSpan span;
  if (request.since) span.from = period_of(*request.since, request.now).from;
  if (request.until) span.to = period_of(*request.until, request.now).to;
  if (span.from && span.to && *span.from > *span.to)
    throw_usage("--since {} is after --until {}", *request.since, *request.until);
  return Xapian::Query(Xapian::Query::OP_FILTER, query, date_span_query(span));
}

} // namespace

Error wildcard_error(const Xapian::WildcardError& e) {
  // 1.4 says "Wildcard ZSsanc* expands to more than N terms": the pattern
  // carries the stem's `Z` and the field's prefix letters.
  const std::string message = e.get_msg();
  const std::string head = "Wildcard ";
  const std::size_t star = message.find("* expands");
  std::string pattern;
  if (message.rfind(head, 0) == 0 && star != std::string::npos)
    pattern = message.substr(head.size(), star - head.size());
  const std::size_t word = pattern.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  pattern = word == std::string::npos ? std::string() : pattern.substr(word);
  const std::string shown = pattern.empty() ? "a wildcard" : "wildcard " + pattern + "*";
  return Error(ErrorKind::Usage, fmt::format("{} matches too many words (over {}); make it longer",
                                             shown, kMaxWildcardTerms));
}

namespace {

// The query parsed with one language's stemmer and stopwords.
Xapian::Query parse_in(const QueryBranch& branch, const std::string& text,
                       const QueryRequest& request, const Xapian::Database& db) {
  Xapian::QueryParser parser;
  configure_querying(parser, branch.language); // stemming, stopwords, field prefixes
  parser.set_database(db);                     // wildcards and spelling look at the index
  parser.set_default_op(request.any ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
  // The matcher throws Xapian::WildcardError beyond this (wildcard_error).
  parser.set_max_expansion(kMaxWildcardTerms, Xapian::Query::WILDCARD_LIMIT_ERROR,
                           Xapian::QueryParser::FLAG_WILDCARD);
  ParseErrors errors;
  add_date_filters(parser, request.now, errors);
  add_entity_filters(parser);
  add_path_filters(parser, db, errors);
  add_language_filter(parser, db, errors);
  add_saved_filter(parser, db, request, errors);
  Xapian::Query query;
  try {
    query = parser.parse_query(text, kFlags | cjk_query_flags());
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ErrorKind::Usage, fmt::format("bad query \"{}\": {}", request.text, e.get_msg()));
  }
  errors.rethrow();
  if (branch.language != kExactWords) query = with_stem_groups(query, branch.language);
  if (!branch.filtered) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, branch.filter);
}

} // namespace

ParsedQuery build_query(const QueryRequest& request, const Xapian::Database& db) {
  ParsedQuery parsed{match_all()};
  if (!is_blank(request.text)) {
    // Bytes that are not UTF-8 are read as Windows-1252, as the readers read
    // such text (Xapian's QueryParser would read them as Latin-1).
    const std::string utf8 =
        is_valid_utf8(request.text) ? std::string(request.text) : windows1252_to_utf8(request.text);
    const std::size_t words = split_words(utf8, WordRule::Xapian).size();
    if (words > kMaxQueryWords)
      throw_usage("query too long: {} words (at most {})", words, kMaxQueryWords);
    const std::string text = without_dangling_signs(prepare_text(utf8));
    check_field_names(text);
    const std::size_t wildcards = count_wildcards(text);
    if (wildcards > kMaxWildcards)
      throw_usage("too many wildcards: {} (at most {})", wildcards, kMaxWildcards);
    // One parse per language of the index (query_languages.hh).
    const std::vector<QueryBranch> branches = query_branches(db, request.language);
    std::vector<Xapian::Query> parses;
    for (const QueryBranch& branch : branches)
      parses.push_back(parse_in(branch, text, request, db));
    parsed.query = parses.size() == 1
                       ? parses.front()
                       : Xapian::Query(Xapian::Query::OP_OR, parses.begin(), parses.end());
  }
  parsed.query = apply_since_until(std::move(parsed.query), request);
  return parsed;
}

} // namespace news
