// Story keys: near-identical articles (republished wire copies) share one,
// so that the searcher can show a story once (Xapian's collapse key).
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/progress_line.hh"

namespace news {

/**
 * Gives the document the story key of an article already in the database
 * that is an exact copy (same fingerprint term) or a near copy (SimHash
 * within kNearDistance bits); when that article had none, both get
 * story_key() of the two (a story keeps its key as more copies join it, so
 * one grown one article at a time may keep a key that regroup_stories()
 * would make from a smaller SimHash that came later).
 * An article without copies has no key: Xapian never collapses an empty
 * key, and the searcher reads fewer values. `self` is the document being
 * replaced, never its own copy.
 */
void assign_story(Xapian::WritableDatabase& db, Xapian::Document& document,
                  std::optional<Xapian::docid> self);

/**
 * The key of a story, from the content of its articles, not the order they
 * came in: made from the smallest SimHash among them (the smallest
 * fingerprint term when none has one). The one function both ways of
 * grouping use, so that a story has the same key in one database and over
 * shards, whichever article was read first.
 */
std::string story_key(const std::vector<const Xapian::Document*>& members);

/** Called for each article whose story key is to change (empty: none). */
using StoryKeySetter = std::function<void(Xapian::docid, const std::string&)>;

/**
 * Groups the stories of a whole database at once: articles sharing a
 * fingerprint term, or a SimHash band with signatures within kNearDistance
 * bits, are one story (chains of near copies join too), keyed by
 * story_key() of all its articles. Reads only; calls `set_key` for each
 * article whose key differs from the one it has (an article left alone
 * loses its key), so that `db` may be a read-only view over shards
 * (indexer/sharded_index) whose writers apply the changes. Memory: a few
 * bytes per docid. Returns how many keys changed.
 */
unsigned regroup_stories(const Xapian::Database& db, const StoryKeySetter& set_key,
                         const StepProgress& progress = {});

/**
 * What a run changed, for regroup_touched(): the id terms of the articles it
 * added or replaced, and what those it replaced or removed were before: their
 * story keys, and their fingerprint and band terms.
 */
struct TouchedStories {
  /** Past this many ids, keys and terms the sets are dropped: regroup the whole instead. */
  static constexpr std::size_t kMostKept = 1 << 20;

  std::set<std::string> id_terms, keys, terms;
  bool too_many = false; /**< more than kMostKept: the sets were dropped */

  /** Records what article `docid` of `db` is, before it is replaced or removed. */
  void before_change(const Xapian::Database& db, Xapian::docid docid);
  void merge(const TouchedStories& other);
  std::size_t size() const { return id_terms.size() + keys.size() + terms.size(); }
};

/**
 * regroup_stories() for the stories a run touched, when the keys were right
 * before it: the articles it changed, those under the terms and keys the
 * changed ones had, and every article joined to them (as regroup_stories
 * joins: a shared fingerprint, or a band and a near SimHash, among a term's
 * first 64 articles) are grouped; the others keep their keys, which no
 * change reached. Reads a few documents per touched article, not the
 * whole index; calls `set_key` as regroup_stories does. Where a new
 * article comes among a term's first 64 (shards number their articles
 * interleaved) and moves another out, that other keeps its key until the
 * next regroup_stories (a signature shared by more than 64 articles only).
 * `progress` counts the articles read of those found so far.
 */
unsigned regroup_touched(const Xapian::Database& db, const TouchedStories& touched,
                         const StoryKeySetter& set_key, const StepProgress& progress = {});

/**
 * regroup_stories() on a database writing to it: after a parallel build,
 * whose shards could not see each other's articles. Returns how many
 * articles got a (new) key.
 */
unsigned group_all_stories(Xapian::WritableDatabase& db, const StepProgress& progress = {});

/** Sets (or, when `key` is empty, removes) one document's story key. */
void set_story_key(Xapian::WritableDatabase& db, Xapian::docid docid, const std::string& key);

} // namespace news
