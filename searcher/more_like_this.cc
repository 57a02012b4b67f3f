#include "searcher/more_like_this.hh"

#include <cctype>
#include <vector>

#include "common/error.hh"
#include "common/schema.hh"

namespace news {
namespace {

// Terms that characterise an article well.
constexpr Xapian::termcount kExpandTerms = 25;

// Body stems only (`Zword`): not field-prefixed terms (`ZSword`, `Q...`, `Y...`).
class BodyStemDecider : public Xapian::ExpandDecider {
public:
  bool operator()(const std::string& term) const override {
    return term.size() > 2 && term[0] == 'Z' &&
           (std::islower(static_cast<unsigned char>(term[1])) ||
            static_cast<unsigned char>(term[1]) >= 0x80);
  }
};

} // namespace

Xapian::Query more_like_this(const Xapian::Database& db, const std::string& id) {
  const std::string id_term = boolean_term(Field::Id, id);
  Xapian::PostingIterator it = db.postlist_begin(id_term);
  if (it == db.postlist_end(id_term))
    throw_usage("--like: no article with id '{}' (ids are shown by --format ids)", id);
  Xapian::RSet relevant;
  relevant.add_document(*it);

  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(id_term));
  const BodyStemDecider decider;
  const Xapian::ESet eset = enquire.get_eset(kExpandTerms, relevant, &decider);
  std::vector<Xapian::Query> terms;
  for (auto term = eset.begin(); term != eset.end(); ++term)
    terms.emplace_back(*term);
  const Xapian::Query similar(Xapian::Query::OP_OR, terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_AND_NOT, similar, Xapian::Query(id_term));
}

} // namespace news
