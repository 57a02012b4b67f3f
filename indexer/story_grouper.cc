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

// The story of the first document under `term` that `accept`s it.
template <typename Accept>
std::optional<std::string> story_under(const Xapian::Database& db, const std::string& term,
                                       std::optional<Xapian::docid> self, Accept accept) {
  unsigned seen = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term) && seen < kMaxCandidates;
       ++it, ++seen) {
    if (self && *it == *self) continue;
    const Xapian::Document candidate = db.get_document(*it);
    if (!accept(candidate)) continue;
    std::string story = candidate.get_value(slot_of(Field::Story));
    if (!story.empty()) return story;
  }
  return std::nullopt;
}

std::optional<std::string> find_story(const Xapian::Database& db, const Xapian::Document& document,
                                      std::optional<Xapian::docid> self) {
  for (const std::string& term : terms_with_prefix(document, Field::Fingerprint)) {
    if (auto story = story_under(db, term, self, [](const Xapian::Document&) { return true; }))
      return story;
  }
  const std::optional<std::uint64_t> signature =
      from_hex(document.get_value(slot_of(Field::Simhash)));
  if (!signature) return std::nullopt;
  const auto near = [&](const Xapian::Document& candidate) {
    const auto other = from_hex(candidate.get_value(slot_of(Field::Simhash)));
    return other && hamming_distance(*signature, *other) <= kNearDistance;
  };
  for (const std::string& term : terms_with_prefix(document, Field::SimhashBand)) {
    if (auto story = story_under(db, term, self, near)) return story;
  }
  return std::nullopt;
}

} // namespace

void assign_story(const Xapian::Database& db, Xapian::Document& document,
                  const std::string& id_term, std::optional<Xapian::docid> self) {
  std::optional<std::string> story = find_story(db, document, self);
  if (!story) story = to_hex(XXH3_64bits(id_term.data(), id_term.size()));
  document.add_value(slot_of(Field::Story), *story);
}

} // namespace news
