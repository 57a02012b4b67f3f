#include "indexer/story_grouper.hh"

#include <algorithm>
#include <map>
#include <set>
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

// story_key() of these articles of `db`.
std::string story_key_of(const Xapian::Database& db, const std::vector<Xapian::docid>& docids);

// Each article's SimHash, by docid (read in one pass over the value slot).
std::vector<std::optional<std::uint64_t>> signatures_by_docid(const Xapian::Database& db) {
  std::vector<std::optional<std::uint64_t>> signatures(db.get_lastdocid() + 1);
  const Xapian::valueno slot = slot_of(Field::Simhash);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
    signatures[it.get_docid()] = decode_hash(*it);
  return signatures;
}

// Joins the articles under each term of `field` that `near` accepts as pairs;
// `progress` counts the postings walked of about `postings` (a term or
// `per_article` terms an article).
template <typename Near>
void join_sharing(const Xapian::Database& db, Field field, StoryGroups& groups, Near near,
                  const std::string& step, std::uint64_t per_article,
                  const StepProgress& progress) {
  const std::string prefix(prefix_of(field));
  const std::uint64_t postings = per_article * db.get_doccount();
  std::uint64_t walked = 0, terms = 0;
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
    walked += term.get_termfreq();
    if (progress && ++terms % 1024 == 0) progress(step, walked, postings);
    if (term.get_termfreq() < 2) continue;
    const std::vector<Xapian::docid> docids = first_postings(db, *term);
    for (std::size_t i = 0; i < docids.size(); ++i)
      for (std::size_t j = i + 1; j < docids.size(); ++j)
        if (near(docids[i], docids[j])) groups.join(docids[i], docids[j]);
  }
  if (progress) progress(step, postings, postings);
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

namespace {

std::string story_key_of(const Xapian::Database& db, const std::vector<Xapian::docid>& docids) {
  std::vector<Xapian::Document> documents;
  documents.reserve(docids.size());
  for (const Xapian::docid docid : docids)
    documents.push_back(db.get_document(docid));
  std::vector<const Xapian::Document*> pointers;
  for (const Xapian::Document& document : documents)
    pointers.push_back(&document);
  return story_key(pointers);
}

} // namespace

unsigned regroup_stories(const Xapian::Database& db, const StoryKeySetter& set_key,
                         const StepProgress& progress) {
  const Xapian::docid last = db.get_lastdocid();
  StoryGroups groups(last);
  join_sharing(
      db, Field::Fingerprint, groups, [](Xapian::docid, Xapian::docid) { return true; },
      "grouping stories: exact copies", 1, progress);
  const auto signatures = signatures_by_docid(db);
  join_sharing(
      db, Field::SimhashBand, groups,
      [&](Xapian::docid a, Xapian::docid b) {
        return signatures[a] && signatures[b] &&
               hamming_distance(*signatures[a], *signatures[b]) <= kNearDistance;
      },
      "grouping stories: near copies", simhash_bands(0).size(), progress);
  std::map<Xapian::docid, std::vector<Xapian::docid>> members; // first article -> all of them
  for (Xapian::docid d = 1; d <= last; ++d)
    if (const Xapian::docid first = groups.first_of(d); first != d) members[first].push_back(d);
  // The keys the articles have now (few have one: a value stream is sparse).
  std::map<Xapian::docid, std::string> current;
  const Xapian::valueno slot = slot_of(Field::Story);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
    current[it.get_docid()] = *it;
  std::map<Xapian::docid, std::string> wanted;
  std::uint64_t keyed = 0;
  for (auto& [first, others] : members) {
    if (progress && ++keyed % 256 == 0) progress("grouping stories: keys", keyed, members.size());
    others.push_back(first);
    const std::string key = story_key_of(db, others);
    for (const Xapian::docid docid : others)
      wanted[docid] = key;
  }
  if (progress) progress("grouping stories: keys", members.size(), members.size());
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

void TouchedStories::before_change(const Xapian::Database& db, Xapian::docid docid) {
  if (too_many) return;
  if (size() > kMostKept) {
    *this = TouchedStories{{}, {}, {}, true};
    return;
  }
  const Xapian::Document document = db.get_document(docid);
  if (std::string key = document.get_value(slot_of(Field::Story)); !key.empty())
    keys.insert(std::move(key));
  for (const Field field : {Field::Fingerprint, Field::SimhashBand})
    for (std::string& term : terms_with_prefix(document, field))
      terms.insert(std::move(term));
}

void TouchedStories::merge(const TouchedStories& other) {
  too_many = too_many || other.too_many || size() + other.size() > kMostKept;
  if (too_many) {
    *this = TouchedStories{{}, {}, {}, true};
    return;
  }
  id_terms.insert(other.id_terms.begin(), other.id_terms.end());
  keys.insert(other.keys.begin(), other.keys.end());
  terms.insert(other.terms.begin(), other.terms.end());
}

namespace {

// The articles regroup_touched reads, each once: SimHash, key, signature terms.
class StoryNeighbourhood {
public:
  explicit StoryNeighbourhood(const Xapian::Database& db) : db_(db) {}

  struct Article {
    std::optional<std::uint64_t> signature;
    std::string key;
    std::vector<std::string> fingerprints, bands;
  };
  const Article& article(Xapian::docid docid) {
    auto [it, added] = articles_.try_emplace(docid);
    if (added) {
      const Xapian::Document document = db_.get_document(docid);
      it->second.signature = decode_hash(document.get_value(slot_of(Field::Simhash)));
      it->second.key = document.get_value(slot_of(Field::Story));
      it->second.fingerprints = terms_with_prefix(document, Field::Fingerprint);
      it->second.bands = terms_with_prefix(document, Field::SimhashBand);
    }
    return it->second;
  }
  const std::vector<Xapian::docid>& postings(const std::string& term) {
    auto [it, added] = postings_.try_emplace(term);
    if (added) it->second = first_postings(db_, term);
    return it->second;
  }
  bool near(Xapian::docid a, Xapian::docid b) {
    const auto& x = article(a).signature;
    const auto& y = article(b).signature;
    return x && y && hamming_distance(*x, *y) <= kNearDistance;
  }

private:
  const Xapian::Database& db_;
  std::map<Xapian::docid, Article> articles_;
  std::map<std::string, std::vector<Xapian::docid>> postings_;
};

// The articles a run's changes may have moved from one story to another.
std::set<Xapian::docid> touched_articles(const Xapian::Database& db, const TouchedStories& touched,
                                         StoryNeighbourhood& around) {
  std::set<Xapian::docid> seeds;
  for (const std::string& term : touched.id_terms)
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
      seeds.insert(*it);
  for (const std::string& term : touched.terms)
    for (const Xapian::docid docid : around.postings(term))
      seeds.insert(docid);
  if (!touched.keys.empty()) { // the story mates of what was changed (a sparse slot)
    const Xapian::valueno slot = slot_of(Field::Story);
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
      if (touched.keys.contains(*it)) seeds.insert(it.get_docid());
  }
  return seeds;
}

} // namespace

unsigned regroup_touched(const Xapian::Database& db, const TouchedStories& touched,
                         const StoryKeySetter& set_key, const StepProgress& progress) {
  StoryNeighbourhood around(db);
  std::vector<Xapian::docid> queue;
  for (const Xapian::docid docid : touched_articles(db, touched, around))
    queue.push_back(docid);
  // Every article joined to one touched, as regroup_stories joins them.
  std::map<Xapian::docid, Xapian::docid> parent;
  const auto first_of = [&](Xapian::docid d) {
    while (parent.at(d) != d)
      d = parent[d] = parent.at(parent.at(d));
    return d;
  };
  const auto join = [&](Xapian::docid a, Xapian::docid b) {
    a = first_of(a);
    b = first_of(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  };
  for (const Xapian::docid docid : queue)
    parent.try_emplace(docid, docid);
  std::uint64_t read = 0;
  while (!queue.empty()) {
    const Xapian::docid docid = queue.back();
    queue.pop_back();
    if (progress && ++read % 256 == 0)
      progress("grouping the stories touched", read, parent.size());
    const auto reach = [&](const std::vector<std::string>& terms, bool by_band) {
      for (const std::string& term : terms) {
        const std::vector<Xapian::docid>& under = around.postings(term);
        if (std::find(under.begin(), under.end(), docid) == under.end()) continue;
        for (const Xapian::docid other : under) {
          if (other == docid || (by_band && !around.near(docid, other))) continue;
          if (parent.try_emplace(other, other).second) queue.push_back(other);
          join(docid, other);
        }
      }
    };
    const StoryNeighbourhood::Article& article = around.article(docid);
    reach(article.fingerprints, false);
    reach(article.bands, true);
  }
  if (progress) progress("grouping the stories touched", parent.size(), parent.size());
  std::map<Xapian::docid, std::vector<Xapian::docid>> members; // first article -> all of them
  for (const auto& [docid, unused] : parent)
    members[first_of(docid)].push_back(docid);
  unsigned changed = 0;
  for (const auto& [first, docids] : members) {
    const std::string key = docids.size() > 1 ? story_key_of(db, docids) : std::string();
    for (const Xapian::docid docid : docids) {
      if (around.article(docid).key == key) continue;
      set_key(docid, key);
      ++changed;
    }
  }
  return changed;
}

unsigned group_all_stories(Xapian::WritableDatabase& db, const StepProgress& progress) {
  // Each document is changed right after it is read: Xapian then rewrites
  // only its values, not its terms.
  return regroup_stories(
      db, [&](Xapian::docid docid, const std::string& key) { set_story_key(db, docid, key); },
      progress);
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
