#include "searcher/language_facet.hh"

#include <algorithm>
#include <string>
#include <vector>

#include "common/schema.hh"

namespace news {
namespace {

Xapian::doccount count_matches(const Xapian::Database& db, const Xapian::Query& query,
                               bool collapse) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (collapse) enquire.set_collapse_key(slot_of(Field::Story));
  // Every match checked: the lower bound is the exact count, collapsed too.
  const Xapian::doccount all = db.get_doccount();
  return enquire.get_mset(0, 0, all).get_matches_lower_bound();
}

} // namespace

LanguageFacet count_languages(const Xapian::Database& db, const Xapian::Query& query, bool collapse,
                              std::size_t limit) {
  LanguageFacet facet;
  const std::string prefix(spec(Field::Language).prefix);
  std::vector<Xapian::Query> languages;
  for (Xapian::TermIterator it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;
    languages.emplace_back(term);
    const Xapian::doccount count = count_matches(
        db, Xapian::Query(Xapian::Query::OP_FILTER, query, languages.back()), collapse);
    if (count > 0) facet.languages.push_back({term.substr(prefix.size()), count});
  }
  const Xapian::Query any_language(Xapian::Query::OP_OR, languages.begin(), languages.end());
  facet.undetermined =
      count_matches(db, Xapian::Query(Xapian::Query::OP_AND_NOT, query, any_language), collapse);
  facet.languages = most_frequent(std::move(facet.languages), limit);
  return facet;
}

} // namespace news
