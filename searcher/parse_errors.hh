// Errors met inside Xapian's QueryParser callbacks (range and field
// processors). An exception thrown through parse_query leaks the parser's
// state (LeakSanitizer shows it), so a callback records its error here and
// returns MatchNothing; build_query throws it once parse_query has returned.
#pragma once

#include <optional>
#include <utility>

#include <xapian.h>

#include "common/error.hh"
#include "searcher/match_queries.hh"

namespace news {

class ParseErrors {
public:
  /** Runs a callback's body; a news::Error it throws is kept for later. */
  template <typename Body> Xapian::Query guard(Body&& body) {
    try {
      return std::forward<Body>(body)();
    } catch (const Error& e) {
      if (!first_) first_ = e;
      return match_nothing();
    }
  }

  /** Throws the first error recorded, if any. */
  void rethrow() const {
    if (first_) throw *first_;
  }

private:
  std::optional<Error> first_;
};

} // namespace news
