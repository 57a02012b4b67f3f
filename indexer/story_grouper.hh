// Story keys: near-identical articles (republished wire copies) share one,
// so that the searcher can show a story once (Xapian's collapse key).
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace news {

/**
 * Sets the document's Story value: the story key of an article already in the
 * database that is an exact copy (same fingerprint term) or a near copy
 * (SimHash within kNearDistance bits), else a new key made from `id_term`.
 * `self` is the document being replaced, never its own match.
 */
void assign_story(const Xapian::Database& db, Xapian::Document& document,
                  const std::string& id_term, std::optional<Xapian::docid> self);

} // namespace news
