// The time one search may take inside a long-running process (the server).
// Xapian 1.4 cannot stop a match part-way (Enquire::set_time_limit only
// gives up check_at_least), but it asks a match decider about each
// candidate: this one accepts every document and, once the time is up,
// throws, which ends the match. The command line uses a process timer
// instead (deadline.hh), which also covers parsing and printing.
#pragma once

#include <chrono>

#include <xapian.h>

namespace news {

class MatchDeadline : public Xapian::MatchDecider {
public:
  using Clock = std::chrono::steady_clock;

  /** Time is up at `end`; `limit` is the budget, as the error states it. */
  MatchDeadline(Clock::time_point end, std::chrono::milliseconds limit);

  /** Accepts `doc`; throws news::Error (timeout) once the budget is spent. */
  bool operator()(const Xapian::Document& doc) const override;

  /** Throws news::Error (timeout) when the budget is spent: for work between matches. */
  void check() const;

private:
  Clock::time_point end_;
  std::chrono::milliseconds limit_;
  mutable unsigned calls_ = 0;
};

} // namespace news
