#include "indexer/story_grouper.hh"

#include <vector>

#include <xxhash.h>

#include "common/near_duplicate.hh"
#include "common/schema.hh"

namespace news {
namespace {

// Candidates read per signature term: enough for real duplicates, bounded
// for signatures that many unrelated articles happen to share.
constexpr unsigned kMaxCandidates = 64;

std::vector<std::string> terms_with_prefix(const Xapian::Document& document, Field field) {
  const std::string prefix(prefix_of(field));
  std::vector<std::string> terms;
  Xapian::TermIterator it = document.termlist_begin();
  for (it.skip_to(prefix); it != document.termlist_end(); ++it) {
    if (!(*it).starts_with(prefix)) break;
    terms.push_back(*it);
  }
  return terms;
}

// The first document under `term` that `accept`s it, other than `self`.
template <typename Accept>
std::optional<Xapian::docid> first_under(const Xapian::Database& db, const std::string& term,
                                         std::optional<Xapian::docid> self, Accept accept) {
  unsigned seen = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term) && seen < kMaxCandidates;
       ++it, ++seen) {
    if (self && *it == *self) continue;
    if (accept(db.get_document(*it))) return *it;
  }
  return std::nullopt;
}

// An earlier article that is an exact or near copy of the document.
std::optional<Xapian::docid> find_copy(const Xapian::Database& db, const Xapian::Document& document,
                                       std::optional<Xapian::docid> self) {
  for (const std::string& term : terms_with_prefix(document, Field::Fingerprint)) {
    if (auto copy = first_under(db, term, self, [](const Xapian::Document&) { return true; }))
      return copy;
  }
  const std::optional<std::uint64_t> signature =
      from_hex(document.get_value(slot_of(Field::Simhash)));
  if (!signature) return std::nullopt;
  const auto near = [&](const Xapian::Document& candidate) {
    const auto other = from_hex(candidate.get_value(slot_of(Field::Simhash)));
    return other && hamming_distance(*signature, *other) <= kNearDistance;
  };
  for (const std::string& term : terms_with_prefix(document, Field::SimhashBand)) {
    if (auto copy = first_under(db, term, self, near)) return copy;
  }
  return std::nullopt;
}

// The copy's story key; a copy that was alone until now gets one, made from its id.
std::string story_of(Xapian::WritableDatabase& db, Xapian::docid copy) {
  Xapian::Document original = db.get_document(copy);
  std::string story = original.get_value(slot_of(Field::Story));
  if (!story.empty()) return story;
  const std::vector<std::string> ids = terms_with_prefix(original, Field::Id);
  const std::string seed = ids.empty() ? std::to_string(copy) : ids.front();
  story = to_hex(XXH3_64bits(seed.data(), seed.size()));
  original.add_value(slot_of(Field::Story), story);
  db.replace_document(copy, original);
  return story;
}

} // namespace

void assign_story(Xapian::WritableDatabase& db, Xapian::Document& document,
                  std::optional<Xapian::docid> self) {
  if (const std::optional<Xapian::docid> copy = find_copy(db, document, self))
    document.add_value(slot_of(Field::Story), story_of(db, *copy));
}

} // namespace news
