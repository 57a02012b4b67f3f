#include "common/stem_groups.hh"

#include <optional>
#include <string>
#include <vector>

#include "common/index_codecs.hh"
#include "common/tokenizer.hh"

namespace news {
namespace {

// A free-text field's stem that a term of the parser stands for.
struct StemOfField {
  std::string field_prefix;
  std::string stem;
};

// Whether Xapian stems a word of this first byte (a letter, not a digit):
// ASCII letters and anything beyond ASCII.
bool may_have_stem(std::string_view word) {
  const auto first = static_cast<unsigned char>(word[0]);
  return (first >= 'a' && first <= 'z') || first >= 0x80;
}

// An ordinary word's stem: from `Z` + prefix + stem, or from an exact form
// the parser did not stem; nullopt for any other term.
std::optional<StemOfField> stem_of_field(const std::string& term, std::string_view language) {
  if (const std::optional<StemTerm> stem = decode_stem_term(term)) {
    // Behind the marker, a free-text field's prefix and word.
    if (!decode_word_term(std::string_view(term).substr(1))) return std::nullopt;
    return StemOfField{std::string(stem->field_prefix), std::string(stem->stem)};
  }
  const std::optional<WordTerm> word = decode_word_term(term);
  if (!word || !may_have_stem(word->word)) return std::nullopt;
  return StemOfField{std::string(word->field_prefix), stemmer(language)(std::string(word->word))};
}

// Operators a query can be rebuilt with from its subqueries alone. Not
// OP_SYNONYM: a group already (or the parser's wildcard expansion).
bool is_plain_operator(Xapian::Query::op op) {
  switch (op) {
  case Xapian::Query::OP_AND:
  case Xapian::Query::OP_OR:
  case Xapian::Query::OP_AND_NOT:
  case Xapian::Query::OP_XOR:
  case Xapian::Query::OP_AND_MAYBE:
  case Xapian::Query::OP_FILTER:
  case Xapian::Query::OP_MAX:
    return true;
  default:
    return false;
  }
}

class Widener {
public:
  explicit Widener(std::string_view language) : language_(language) {}

  Xapian::Query operator()(const Xapian::Query& query) {
    const Xapian::Query::op op = query.get_type();
    if (op == Xapian::Query::LEAF_TERM) return leaf(query);
    if (!is_plain_operator(op)) return query;
    std::vector<Xapian::Query> parts;
    parts.reserve(query.get_num_subqueries());
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
      parts.push_back((*this)(query.get_subquery(i)));
    return Xapian::Query(op, parts.begin(), parts.end());
  }

private:
  Xapian::Query leaf(const Xapian::Query& query) {
    ++position_; // the parser numbers its words in order; so do we
    const std::optional<StemOfField> word = stem_of_field(*query.get_terms_begin(), language_);
    if (!word) return query;
    std::vector<Xapian::Query> terms;
    for (const std::string& term : stem_group_terms(word->field_prefix, word->stem, language_))
      terms.emplace_back(term, 1, position_);
    if (terms.size() == 1) return terms.front();
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
  }

  std::string_view language_;
  Xapian::termpos position_ = 0;
};

} // namespace

Xapian::Query with_stem_groups(const Xapian::Query& query, std::string_view language) {
  return Widener(language)(query);
}

} // namespace news
