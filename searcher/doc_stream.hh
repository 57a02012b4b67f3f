// The documents a query matches, in docid order, without weights: for
// counting matches when Xapian's matcher would weigh every one of them.
#pragma once

#include <memory>

#include <xapian.h>

namespace news {

/** A position in the ascending docids that a query (or part of one) matches. */
class DocStream {
public:
  virtual ~DocStream() = default;
  virtual bool at_end() const = 0;
  /** The current document; only when not at_end(). */
  virtual Xapian::docid doc() const = 0;
  /** On to the first document >= `did` (nowhere if already there). */
  virtual void skip_to(Xapian::docid did) = 0;
  virtual void next() = 0;
};

/**
 * A stream over the query's matches when it is made of terms (and MatchAll)
 * under AND, FILTER, OR, SYNONYM and weight scaling; nullptr for anything
 * else (phrases, NEAR, value ranges, AND_NOT, wildcards...).
 */
std::unique_ptr<DocStream> stream_of(const Xapian::Database& db, const Xapian::Query& query);

/**
 * What walking the query's stream reads, about: the postings of all its
 * terms (skipping within a posting list chunk still decodes each entry).
 */
Xapian::doccount postings_to_read(const Xapian::Database& db, const Xapian::Query& query);

} // namespace news
