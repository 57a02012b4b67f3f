// Story keys: near-identical articles (republished wire copies) share one,
// so that the searcher can show a story once (Xapian's collapse key).
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace news {

/**
 * Gives the document the story key of an article already in the database
 * that is an exact copy (same fingerprint term) or a near copy (SimHash
 * within kNearDistance bits); that article gets a key first if it had none.
 * An article without copies has no key: Xapian never collapses an empty
 * key, and the searcher reads fewer values. `self` is the document being
 * replaced, never its own copy.
 */
void assign_story(Xapian::WritableDatabase& db, Xapian::Document& document,
                  std::optional<Xapian::docid> self);

/**
 * Groups the stories of a whole database at once, for one built from
 * parallel shards that could not see each other's articles: articles sharing
 * a fingerprint term, or a SimHash band with signatures within kNearDistance
 * bits, share a story key made from the first one's id (chains of near
 * copies join too). The database must have no story keys yet. Memory: a
 * few bytes per docid. Returns how many articles got a key.
 */
unsigned group_all_stories(Xapian::WritableDatabase& db);

} // namespace news
