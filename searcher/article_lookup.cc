#include "searcher/article_lookup.hh"

#include <optional>

#include "common/byte_escape.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"

namespace news {

// The id as given, else the id that `--format ids` printed as `id`.
std::string existing_id_term(const Xapian::Database& db, const std::string& id) {
  const std::string as_given = boolean_term(Field::Id, id);
  if (db.term_exists(as_given)) return as_given;
  const std::optional<std::string> unescaped = unescape_bytes(id);
  if (!unescaped) return {};
  const std::string printed = boolean_term(Field::Id, *unescaped);
  return db.term_exists(printed) ? printed : std::string();
}

} // namespace news
