#include "searcher/cooccurrence_score.hh"

#include <cmath>
#include <initializer_list>

#include <doctest/doctest.h>

using namespace news;

namespace {

// G² as textbooks write it: 2 Σ k ln(k / E), E = row total x column total / n.
double textbook_g2(double k11, double k12, double k21, double k22) {
  const double n = k11 + k12 + k21 + k22;
  const double rows[2] = {k11 + k12, k21 + k22}, cols[2] = {k11 + k21, k12 + k22};
  const double cells[2][2] = {{k11, k12}, {k21, k22}};
  double sum = 0;
  for (int r = 0; r < 2; ++r)
    for (int c = 0; c < 2; ++c)
      if (cells[r][c] > 0) sum += cells[r][c] * std::log(cells[r][c] * n / (rows[r] * cols[c]));
  return 2 * sum;
}

} // namespace

TEST_SUITE("co-occurrence score") {
  TEST_CASE("G² is the textbook sum over the 2x2 table") {
    // 30 of 100 matches name it, 60 of the 10000 articles: the other 30 in 9900.
    const Cooccurrence counts{30, 100, 60, 10000};
    CHECK(log_likelihood(counts) == doctest::Approx(textbook_g2(30, 70, 30, 9870)));
    CHECK(log_likelihood(counts) > 100);
    CHECK(over_represented(counts));
    // Dunning's own example table (k11 110, k12 2442, k21 111, k22 29114): 270.72.
    CHECK(log_likelihood({110, 110 + 2442, 110 + 111, 110 + 2442 + 111 + 29114}) ==
          doctest::Approx(270.72).epsilon(0.001));
  }

  TEST_CASE("as frequent in the matches as elsewhere scores 0 and is not over-represented") {
    const Cooccurrence even{10, 100, 100, 1000}; // 10% of the matches, 10% of the rest
    CHECK(log_likelihood(even) == doctest::Approx(0).epsilon(1e-9));
    CHECK_FALSE(over_represented(even));
    // Rarer in the matches than elsewhere: a score, but not a companion.
    const Cooccurrence rare{1, 100, 500, 1000};
    CHECK(log_likelihood(rare) > 0);
    CHECK_FALSE(over_represented(rare));
  }

  TEST_CASE("more co-occurrence, more evidence: the score grows") {
    double previous = 0;
    for (double in_matches : {5.0, 10.0, 20.0, 40.0}) {
      const double score = log_likelihood({in_matches, 100, 50, 10000});
      CHECK(score > previous);
      previous = score;
    }
    // The same share of the matches is surer over more matches.
    CHECK(log_likelihood({20, 100, 40, 10000}) < log_likelihood({200, 1000, 400, 10000}));
  }

  TEST_CASE("contradictory counts are clamped, never a NaN") {
    // More in the matches than in the archive (a sample scaled up), matches
    // past the archive, nothing at all.
    for (const Cooccurrence& odd :
         {Cooccurrence{50, 100, 20, 1000}, Cooccurrence{5, 2000, 10, 1000},
          Cooccurrence{0, 0, 0, 0}, Cooccurrence{-1, 10, 5, 100}}) {
      const double score = log_likelihood(odd);
      CHECK(std::isfinite(score));
      CHECK(score >= 0);
    }
    CHECK(log_likelihood({0, 0, 0, 0}) == 0);
    CHECK_FALSE(over_represented({0, 0, 0, 0}));
    // Every article matches: nothing to compare with, in every match is over-represented.
    CHECK(over_represented({10, 10, 10, 10}));
    CHECK(log_likelihood({10, 10, 10, 10}) == 0);
  }
}
