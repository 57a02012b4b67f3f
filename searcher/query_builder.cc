#include "searcher/query_builder.hh"

#include <fmt/core.h>

#include "common/error.hh"
#include "common/tokenizer.hh"

namespace news {

Xapian::Query build_query(const std::string& text, const Xapian::Database& db) {
  Xapian::QueryParser parser;
  configure_querying(parser); // stemming, stopwords, field prefixes
  parser.set_database(db);    // wildcards expand against the index's terms
  parser.set_default_op(Xapian::Query::OP_AND);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  try {
    return parser.parse_query(prepare_text(text), flags);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ExitCode::Usage, fmt::format("bad query \"{}\": {}", text, e.get_msg()));
  }
}

} // namespace news
