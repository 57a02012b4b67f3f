#include "searcher/article_handle.hh"

#include <algorithm>
#include <bit>
#include <cstdint>

#include <fmt/core.h>
#include <xxhash.h>

#include "common/schema.hh"

namespace news {
namespace {

constexpr std::size_t kHashDigits = 16;

std::uint64_t hash_of_term(std::string_view term) { return XXH3_64bits(term.data(), term.size()); }

// Hex digits two hashes share at the start.
std::size_t common_digits(std::uint64_t a, std::uint64_t b) {
  return static_cast<std::size_t>(std::countl_zero(a ^ b)) / 4;
}

// Every id term of the index, in term order.
template <typename Visit> void for_each_id_term(const Xapian::Database& db, Visit&& visit) {
  const std::string prefix = boolean_term(Field::Id, "");
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    visit(*it);
}

struct Wanted {
  std::uint64_t hash;
  std::string term;
  std::size_t shared = 0; // digits shared with another article's hash, at most
  auto operator<=>(const Wanted& other) const {
    return std::tie(hash, term) <=> std::tie(other.hash, other.term);
  }
  bool operator==(const Wanted& other) const { return hash == other.hash && term == other.term; }
};

void share(Wanted& wanted, std::uint64_t hash) {
  wanted.shared = std::max(wanted.shared, common_digits(wanted.hash, hash));
}

} // namespace

std::string id_term_hash(std::string_view id_term) {
  return fmt::format("{:016x}", hash_of_term(id_term));
}

bool looks_like_handle(std::string_view text) {
  return text.size() >= kMinGivenHandleDigits && text.size() <= kHashDigits &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         });
}

// Of all the hashes of the index, those sharing the most digits with a
// wanted one are next to it in order: the hashes of the other wanted ones,
// and the hashes whose nearest wanted ones (sorted) it is. A hash between
// two wanted ones shares with the farther one no more than the two share.
std::vector<std::string> short_handles(const Xapian::Database& db,
                                       const std::vector<std::string>& ids) {
  std::vector<Wanted> wanted;
  for (const std::string& id : ids) {
    std::string term = boolean_term(Field::Id, id);
    wanted.push_back({hash_of_term(term), std::move(term)});
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  for (std::size_t i = 1; i < wanted.size(); ++i) {
    share(wanted[i], wanted[i - 1].hash);
    share(wanted[i - 1], wanted[i].hash);
  }
  if (!wanted.empty()) {
    for_each_id_term(db, [&](const std::string& term) {
      const std::uint64_t hash = hash_of_term(term);
      auto next = std::lower_bound(wanted.begin(), wanted.end(), hash,
                                   [](const Wanted& w, std::uint64_t h) { return w.hash < h; });
      for (auto it = next; it != wanted.end() && it->hash == hash; ++it)
        if (it->term == term) return; // a wanted article itself: its neighbours are wanted too
      if (next != wanted.end()) share(*next, hash);
      if (next != wanted.begin()) share(*std::prev(next), hash);
    });
  }
  std::vector<std::string> handles;
  for (const std::string& id : ids) {
    const std::string term = boolean_term(Field::Id, id);
    const Wanted key{hash_of_term(term), term};
    const Wanted& found = *std::lower_bound(wanted.begin(), wanted.end(), key);
    const std::size_t digits = std::clamp(found.shared + 1, kMinHandleDigits, kHashDigits);
    handles.push_back(id_term_hash(term).substr(0, digits));
  }
  return handles;
}

std::vector<std::string> id_terms_with_handle(const Xapian::Database& db, std::string_view handle,
                                              std::size_t at_most) {
  std::vector<std::string> terms;
  if (!looks_like_handle(handle)) return terms;
  const std::uint64_t start = std::stoull(std::string(handle), nullptr, 16);
  const int shift = static_cast<int>(4 * (kHashDigits - handle.size()));
  for_each_id_term(db, [&](const std::string& term) {
    if (terms.size() < at_most && hash_of_term(term) >> shift == start) terms.push_back(term);
  });
  return terms;
}

} // namespace news
