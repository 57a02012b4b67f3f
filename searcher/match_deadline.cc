#include "searcher/match_deadline.hh"

#include "common/error.hh"

namespace news {
namespace {

// Candidates between two looks at the clock: a look costs about 20 ns, a
// candidate several times that.
constexpr unsigned kCallsPerLook = 64;

} // namespace

MatchDeadline::MatchDeadline(Clock::time_point end, std::chrono::milliseconds limit)
    : end_(end), limit_(limit) {}

bool MatchDeadline::operator()(const Xapian::Document&) const {
  if (++calls_ % kCallsPerLook == 0) check();
  return true;
}

void MatchDeadline::check() const {
  if (Clock::now() < end_) return;
  throw Error(
      ErrorKind::Timeout,
      fmt::format("the search took longer than {} ms; narrow the query down", limit_.count()));
}

} // namespace news
