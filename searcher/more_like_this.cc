#include "searcher/more_like_this.hh"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/byte_escape.hh"
#include "common/error.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "searcher/article_lookup.hh"

namespace news {
namespace {

// Terms that characterise an article well.
constexpr Xapian::termcount kExpandTerms = 25;

// Body words as written (every word has one; a stem term only some), of two
// letters or more, not numbers: not field-prefixed terms (`Sword`, `Q...`,
// `Y...`) nor stems (`Zword`).
class BodyWordDecider : public Xapian::ExpandDecider {
public:
  bool operator()(const std::string& term) const override {
    const std::optional<WordTerm> word = decode_word_term(term);
    if (!word || !word->field_prefix.empty()) return false;
    const auto first = static_cast<unsigned char>(word->word[0]);
    return word->word.size() > 1 && (std::islower(first) || first >= 0x80);
  }
};

} // namespace

Xapian::Query more_like_this(const Xapian::Database& db, const std::string& id) {
  const std::string id_term = existing_id_term(db, id);
  if (id_term.empty())
    throw Error(ErrorKind::NotFound,
                fmt::format("--like: no article with id '{}' (ids are shown by --format ids)",
                            escape_bytes(id)));
  Xapian::PostingIterator it = db.postlist_begin(id_term);
  Xapian::RSet relevant;
  relevant.add_document(*it);

  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(id_term));
  const BodyWordDecider decider;
  // Over several shards Xapian approximates each term's frequency from the
  // shard of the article unless told to count it exactly: the same terms as
  // one database's.
  const Xapian::ESet eset =
      enquire.get_eset(kExpandTerms, relevant, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  // In the order of their names, not of their expand weights: over shards
  // those are summed in another order, and a weight a bit off would reorder
  // the OR, whose weights then add up to a score a bit off.
  std::vector<std::string> names(eset.begin(), eset.end());
  std::sort(names.begin(), names.end());
  std::vector<Xapian::Query> terms(names.begin(), names.end());
  const Xapian::Query similar(Xapian::Query::OP_OR, terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_AND_NOT, similar, Xapian::Query(id_term));
}

} // namespace news
