#include "common/schema.hh"

#include <type_traits>

#include <xapian.h>

#include "common/index_codecs.hh"

namespace news {

static_assert(std::is_same_v<ValueSlot, Xapian::valueno>);

std::string boolean_term(Field field, std::string_view value) {
  // Xapian rejects terms longer than 245 bytes; keep a margin for the prefix.
  constexpr std::size_t kMaxTerm = 240;
  std::string term{prefix_of(field)};
  if (term.size() + value.size() <= kMaxTerm) {
    term += value;
    return term;
  }
  std::string hash(1, '#');
  hash += hash_of(value);
  term += value.substr(0, kMaxTerm - term.size() - hash.size());
  term += hash;
  return term;
}

} // namespace news
