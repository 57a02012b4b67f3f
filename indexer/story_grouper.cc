#include "indexer/story_grouper.hh"

#include <algorithm>
#include <map>
#include <vector>

#include "common/index_codecs.hh"
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
      decode_hash(document.get_value(slot_of(Field::Simhash)));
  if (!signature) return std::nullopt;
  const auto near = [&](const Xapian::Document& candidate) {
    const auto other = decode_hash(candidate.get_value(slot_of(Field::Simhash)));
    return other && hamming_distance(*signature, *other) <= kNearDistance;
  };
  for (const std::string& term : terms_with_prefix(document, Field::SimhashBand)) {
    if (auto copy = first_under(db, term, self, near)) return copy;
  }
  return std::nullopt;
}

// The copy's story key; a copy that was alone until now gets one.
std::string story_of(Xapian::WritableDatabase& db, Xapian::docid copy,
                     const Xapian::Document& document) {
  Xapian::Document original = db.get_document(copy);
  std::string story = original.get_value(slot_of(Field::Story));
  if (!story.empty()) return story;
  story = story_key({&original, &document});
  original.add_value(slot_of(Field::Story), story);
  db.replace_document(copy, original);
  return story;
}

// Disjoint sets of docids; a set's representative is its smallest docid.
class StoryGroups {
public:
  explicit StoryGroups(Xapian::docid last) : parent_(last + 1) {
    for (Xapian::docid d = 0; d <= last; ++d)
      parent_[d] = d;
  }
  Xapian::docid first_of(Xapian::docid d) {
    while (parent_[d] != d)
      d = parent_[d] = parent_[parent_[d]];
    return d;
  }
  void join(Xapian::docid a, Xapian::docid b) {
    a = first_of(a);
    b = first_of(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

private:
  std::vector<Xapian::docid> parent_;
};

std::vector<Xapian::docid> first_postings(const Xapian::Database& db, const std::string& term) {
  std::vector<Xapian::docid> docids;
  for (auto it = db.postlist_begin(term);
       it != db.postlist_end(term) && docids.size() < kMaxCandidates; ++it)
    docids.push_back(*it);
  return docids;
}

// Each article's SimHash, by docid (read in one pass over the value slot).
std::vector<std::optional<std::uint64_t>> signatures_by_docid(const Xapian::Database& db) {
  std::vector<std::optional<std::uint64_t>> signatures(db.get_lastdocid() + 1);
  const Xapian::valueno slot = slot_of(Field::Simhash);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
    signatures[it.get_docid()] = decode_hash(*it);
  return signatures;
}

// Joins the articles under each term of `field` that `near` accepts as pairs.
template <typename Near>
void join_sharing(const Xapian::Database& db, Field field, StoryGroups& groups, Near near) {
  const std::string prefix(prefix_of(field));
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
    if (term.get_termfreq() < 2) continue;
    const std::vector<Xapian::docid> docids = first_postings(db, *term);
    for (std::size_t i = 0; i < docids.size(); ++i)
      for (std::size_t j = i + 1; j < docids.size(); ++j)
        if (near(docids[i], docids[j])) groups.join(docids[i], docids[j]);
  }
}

} // namespace

void assign_story(Xapian::WritableDatabase& db, Xapian::Document& document,
                  std::optional<Xapian::docid> self) {
  if (const std::optional<Xapian::docid> copy = find_copy(db, document, self))
    document.add_value(slot_of(Field::Story), story_of(db, *copy, document));
}

std::string story_key(const std::vector<const Xapian::Document*>& members) {
  std::optional<std::uint64_t> smallest;
  std::string fingerprint; // the smallest, for a story none of whose articles has a SimHash
  for (const Xapian::Document* member : members) {
    const auto signature = decode_hash(member->get_value(slot_of(Field::Simhash)));
    if (signature && (!smallest || *signature < *smallest)) smallest = signature;
    for (const std::string& term : terms_with_prefix(*member, Field::Fingerprint))
      if (fingerprint.empty() || term < fingerprint) fingerprint = term;
  }
  return hash_of(smallest ? "simhash:" + encode_hash(*smallest) : "fingerprint:" + fingerprint);
}

unsigned regroup_stories(const Xapian::Database& db, const StoryKeySetter& set_key) {
  const Xapian::docid last = db.get_lastdocid();
  StoryGroups groups(last);
  join_sharing(db, Field::Fingerprint, groups, [](Xapian::docid, Xapian::docid) { return true; });
  const auto signatures = signatures_by_docid(db);
  join_sharing(db, Field::SimhashBand, groups, [&](Xapian::docid a, Xapian::docid b) {
    return signatures[a] && signatures[b] &&
           hamming_distance(*signatures[a], *signatures[b]) <= kNearDistance;
  });
  std::map<Xapian::docid, std::vector<Xapian::docid>> members; // first article -> all of them
  for (Xapian::docid d = 1; d <= last; ++d)
    if (const Xapian::docid first = groups.first_of(d); first != d) members[first].push_back(d);
  // The keys the articles have now (few have one: a value stream is sparse).
  std::map<Xapian::docid, std::string> current;
  const Xapian::valueno slot = slot_of(Field::Story);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
    current[it.get_docid()] = *it;
  std::map<Xapian::docid, std::string> wanted;
  for (auto& [first, others] : members) {
    others.push_back(first);
    std::vector<Xapian::Document> documents;
    documents.reserve(others.size());
    for (const Xapian::docid docid : others)
      documents.push_back(db.get_document(docid));
    std::vector<const Xapian::Document*> pointers;
    for (const Xapian::Document& document : documents)
      pointers.push_back(&document);
    const std::string key = story_key(pointers);
    for (const Xapian::docid docid : others)
      wanted[docid] = key;
  }
  unsigned changed = 0;
  for (const auto& [docid, key] : wanted) {
    const auto known = current.find(docid);
    if (known != current.end() && known->second == key) continue;
    set_key(docid, key);
    ++changed;
  }
  for (const auto& [docid, key] : current) { // a story whose copies are gone
    if (wanted.contains(docid)) continue;
    set_key(docid, "");
    ++changed;
  }
  return changed;
}

unsigned group_all_stories(Xapian::WritableDatabase& db) {
  // Each document is changed right after it is read: Xapian then rewrites
  // only its values, not its terms.
  return regroup_stories(
      db, [&](Xapian::docid docid, const std::string& key) { set_story_key(db, docid, key); });
}

void set_story_key(Xapian::WritableDatabase& db, Xapian::docid docid, const std::string& key) {
  Xapian::Document document = db.get_document(docid);
  if (key.empty())
    document.remove_value(slot_of(Field::Story));
  else
    document.add_value(slot_of(Field::Story), key);
  db.replace_document(docid, document);
}

} // namespace news
