#include "searcher/cooccurrence_score.hh"

#include <algorithm>
#include <cmath>

namespace news {
namespace {

// The table, consistent: 0 <= in_matches <= matches <= archive, and
// in_matches <= in_archive <= in_matches + the rest of the archive.
struct Table {
  double k11, k12, k21, k22;
};

Table table_of(const Cooccurrence& c) {
  const double archive = std::max(c.archive, 0.0);
  const double matches = std::clamp(c.matches, 0.0, archive);
  const double in_matches = std::clamp(c.in_matches, 0.0, matches);
  const double rest = archive - matches;
  const double in_rest = std::clamp(c.in_archive - in_matches, 0.0, rest);
  return {in_matches, matches - in_matches, in_rest, rest - in_rest};
}

double x_log_x(double x) { return x > 0 ? x * std::log(x) : 0.0; }

} // namespace

double log_likelihood(const Cooccurrence& counts) {
  const Table t = table_of(counts);
  const double n = t.k11 + t.k12 + t.k21 + t.k22;
  if (n <= 0) return 0.0;
  // 2 (Σ k ln k - Σ rows ln rows - Σ cols ln cols + n ln n): the same sum,
  // without a division by an expected count of zero.
  const double cells = x_log_x(t.k11) + x_log_x(t.k12) + x_log_x(t.k21) + x_log_x(t.k22);
  const double rows = x_log_x(t.k11 + t.k12) + x_log_x(t.k21 + t.k22);
  const double cols = x_log_x(t.k11 + t.k21) + x_log_x(t.k12 + t.k22);
  return std::max(0.0, 2.0 * (cells - rows - cols + x_log_x(n)));
}

bool over_represented(const Cooccurrence& counts) {
  const Table t = table_of(counts);
  const double matches = t.k11 + t.k12, rest = t.k21 + t.k22;
  if (matches <= 0) return false;
  if (rest <= 0) return t.k11 > 0;
  return t.k11 / matches > t.k21 / rest;
}

} // namespace news
