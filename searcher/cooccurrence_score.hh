// How much more often an entity appears in the matching articles than in the
// archive as a whole: Dunning's log-likelihood ratio G² over the 2x2 table
// (in the matches or not, naming the entity or not).
#pragma once

namespace news {

/** The four counts of one entity against one match set. */
struct Cooccurrence {
  double in_matches = 0; /**< matches naming the entity */
  double matches = 0;    /**< all matches */
  double in_archive = 0; /**< articles of the archive naming it (matches included) */
  double archive = 0;    /**< all articles of the archive */
};

/**
 * G² = 2 Σ k ln(k / E) over the table's four cells (k observed, E expected
 * from the margins): 0 when the entity is as frequent in the matches as in the
 * rest, growing with the evidence that it is not. Counts that contradict each
 * other (more in the matches than in the archive) are clamped first.
 */
double log_likelihood(const Cooccurrence& counts);

/** Whether the entity is more frequent in the matches than in the rest of the archive. */
bool over_represented(const Cooccurrence& counts);

} // namespace news
