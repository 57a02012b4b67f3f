#include "searcher/query_languages.hh"

#include "searcher/match_queries.hh"

#include <map>

#include "common/schema.hh"
#include "common/tokenizer.hh"

namespace news {

std::vector<std::string> indexed_languages(const Xapian::Database& db) {
  const std::string prefix(prefix_of(Field::Language));
  std::vector<std::string> languages;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    languages.push_back((*it).substr(prefix.size()));
  return languages;
}

std::vector<QueryBranch> query_branches(const Xapian::Database& db, std::string_view chosen) {
  if (!chosen.empty()) return {QueryBranch{std::string(chosen), false, {}}};
  const std::string default_stemmer = language_stemmer(kDefaultLanguage);
  // The languages of each other stemmer (`none`: Xapian has none for them).
  std::map<std::string, std::vector<std::string>> by_stemmer;
  for (const std::string& language : indexed_languages(db)) {
    const std::string stemmer = language_stemmer(language);
    if (stemmer != default_stemmer) by_stemmer[stemmer].push_back(language);
  }
  std::vector<QueryBranch> branches{QueryBranch{std::string(kDefaultLanguage), false, {}}};
  if (by_stemmer.empty()) return branches;
  std::vector<Xapian::Query> others;
  for (const auto& [stemmer, languages] : by_stemmer) {
    std::vector<Xapian::Query> terms;
    for (const std::string& language : languages)
      terms.emplace_back(boolean_term(Field::Language, language));
    Xapian::Query filter(Xapian::Query::OP_OR, terms.begin(), terms.end());
    others.push_back(filter);
    branches.push_back(QueryBranch{languages.front(), true, filter});
  }
  branches.front().filtered = true;
  branches.front().filter =
      Xapian::Query(Xapian::Query::OP_AND_NOT, match_all(),
                    Xapian::Query(Xapian::Query::OP_OR, others.begin(), others.end()));
  return branches;
}

} // namespace news
