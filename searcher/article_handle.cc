#include "searcher/article_handle.hh"

#include <algorithm>
#include <bit>
#include <cstdint>

#include <fmt/core.h>
#include <xxhash.h>

#include "common/article_document.hh"
#include "common/index_codecs.hh"
#include "common/index_features.hh"
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

// An index with a handle term per article (handle_hash): a handle is looked
// up among the few hashes that start as it does, so that a remote shard
// sends those, not every id of the index.
bool has_handle_terms(const Xapian::Database& db) { return has_feature(db, "handle-terms"); }

// The handles of `ids` in an index with handle terms: every other article
// whose hash starts with the first kMinHandleDigits digits of a wanted one is
// found by one query (an OR of wildcards, each without the wanted article,
// each server expanding its own), so that remote shards answer all the hits
// of a page in one round, not one per hit and shard; only those others (rare:
// 16^7 hashes start so) are read. The rest share fewer digits than that,
// which the shortest handle has anyway.
std::vector<std::string> short_handles_by_terms(const Xapian::Database& db,
                                                const std::vector<std::string>& ids) {
  const std::string prefix(prefix_of(Field::Handle));
  std::vector<std::pair<std::string, std::string>> wanted; // hash, id term
  std::vector<Xapian::Query> starts;
  for (const std::string& id : ids) {
    std::string id_term = boolean_term(Field::Id, id);
    std::string hash = handle_hash(id_term);
    starts.emplace_back(
        Xapian::Query::OP_AND_NOT,
        Xapian::Query(Xapian::Query::OP_WILDCARD, prefix + hash.substr(0, kMinHandleDigits)),
        Xapian::Query(id_term));
    wanted.emplace_back(std::move(hash), std::move(id_term));
  }
  std::vector<std::pair<std::string, std::string>> near; // hash, id term
  if (!starts.empty()) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, starts.begin(), starts.end()));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
    for (Xapian::MSetIterator it = matches.begin(); it != matches.end(); ++it) {
      std::string id_term = id_term_of(it.get_document());
      near.emplace_back(handle_hash(id_term), std::move(id_term));
    }
  }
  std::vector<std::string> handles;
  for (const auto& [hash, id_term] : wanted) {
    std::size_t shared = 0;
    for (const auto& [other, other_term] : near) {
      if (other_term == id_term) continue; // itself (or its copy under another --db)
      std::size_t same = 0;
      while (same < kHashDigits && other[same] == hash[same])
        ++same;
      shared = std::max(shared, same);
    }
    handles.push_back(hash.substr(0, std::clamp(shared + 1, kMinHandleDigits, kHashDigits)));
  }
  return handles;
}

std::vector<std::string> id_terms_by_handle_terms(const Xapian::Database& db,
                                                  std::string_view handle, std::size_t at_most) {
  std::string start(prefix_of(Field::Handle));
  for (const char c : handle)
    start += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
  std::vector<std::string> terms;
  for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it)
    for (auto post = db.postlist_begin(*it); post != db.postlist_end(*it); ++post) {
      const std::string term = id_term_of(db.get_document(*post));
      if (std::find(terms.begin(), terms.end(), term) != terms.end()) continue;
      if (terms.size() == at_most) return terms;
      terms.push_back(term);
    }
  return terms;
}

} // namespace

std::string id_term_hash(std::string_view id_term) { return handle_hash(id_term); }

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
  if (has_handle_terms(db)) return short_handles_by_terms(db, ids);
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
  if (has_handle_terms(db)) return id_terms_by_handle_terms(db, handle, at_most);
  const std::uint64_t start = std::stoull(std::string(handle), nullptr, 16);
  const int shift = static_cast<int>(4 * (kHashDigits - handle.size()));
  for_each_id_term(db, [&](const std::string& term) {
    if (terms.size() < at_most && hash_of_term(term) >> shift == start) terms.push_back(term);
  });
  return terms;
}

} // namespace news
