#include "searcher/article_lookup.hh"

#include <optional>

#include "common/byte_escape.hh"
#include "common/error.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "searcher/article_handle.hh"

namespace news {
namespace {

// Of the articles an ambiguous handle names, the ones an error lists.
constexpr std::size_t kNamedCandidates = 3;

// The article whose handle this is; the error names a few when there are more.
std::string term_of_handle(const Xapian::Database& db, const std::string& handle) {
  const std::vector<std::string> terms = id_terms_with_handle(db, handle, kNamedCandidates + 1);
  if (terms.size() <= 1) return terms.empty() ? std::string() : terms.front();
  const std::size_t prefix = boolean_term(Field::Id, "").size();
  std::string named;
  for (std::size_t i = 0; i < terms.size() && i < kNamedCandidates; ++i)
    named += fmt::format("{}{}", i ? ", " : "", escape_bytes(terms[i].substr(prefix)));
  throw Error(ErrorKind::NotFound,
              fmt::format("'{}' is the handle of more than one article ({}{}); give more of its "
                          "digits, or the id",
                          handle, named, terms.size() > kNamedCandidates ? ", ..." : ""));
}

} // namespace

// The id as given, else the id that `--format ids` printed as `id`, else a handle.
std::string existing_id_term(const Xapian::Database& db, const std::string& id) {
  const std::string as_given = boolean_term(Field::Id, id);
  if (db.term_exists(as_given)) return as_given;
  if (const std::optional<std::string> unescaped = unescape_bytes(id)) {
    const std::string printed = boolean_term(Field::Id, *unescaped);
    if (db.term_exists(printed)) return printed;
  }
  return looks_like_handle(id) ? term_of_handle(db, id) : std::string();
}

} // namespace news
