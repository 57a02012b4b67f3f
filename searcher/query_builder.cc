#include "searcher/query_builder.hh"

#include <fmt/core.h>

#include "common/error.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"

namespace news {
namespace {

// Body words are the field with the empty name: add_prefix("", ...) sets
// the prefix of words typed without a field.
void add_field_prefixes(Xapian::QueryParser& parser) {
  for (const FieldSpec& field : kFields) {
    const std::string name(field.query_name), prefix(field.prefix);
    if (field.kind == FieldKind::FreeText) parser.add_prefix(name, free_text_query_prefix(prefix));
    if (field.kind == FieldKind::Boolean) parser.add_boolean_prefix(name, prefix);
  }
}

} // namespace

Xapian::Query build_query(const std::string& text, const Xapian::Database& db) {
  Xapian::QueryParser parser;
  configure_querying(parser);
  parser.set_database(db); // wildcards expand against the index's terms
  parser.set_default_op(Xapian::Query::OP_AND);
  add_field_prefixes(parser);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  try {
    return parser.parse_query(prepare_text(text), flags);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ExitCode::Usage, fmt::format("bad query \"{}\": {}", text, e.get_msg()));
  }
}

} // namespace news
