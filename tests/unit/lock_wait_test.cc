#include "common/lock_wait.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

// An open that never gets the lock, counting its tries.
auto always_locked(int& tries) {
  return [&tries]() -> int {
    ++tries;
    throw Xapian::DatabaseLockError("held by another writer");
  };
}

} // namespace

TEST_SUITE("lock_wait") {
  TEST_CASE("a lock given up within the timeout: open is tried again until it works") {
    int tries = 0;
    const int got = retry_while_locked(5.0, [&] {
      if (++tries < 3) throw Xapian::DatabaseLockError("held by another writer");
      return 42;
    });
    CHECK(got == 42);
    CHECK(tries == 3);
  }

  TEST_CASE("no timeout: one try, and the lock error goes to the caller") {
    for (const double timeout : {0.0, -1.0}) {
      int tries = 0;
      CHECK_THROWS_AS(retry_while_locked(timeout, always_locked(tries)), Xapian::DatabaseLockError);
      CHECK(tries == 1);
    }
  }

  TEST_CASE("a lock held past the timeout: given up after a few tries, not hundreds") {
    int tries = 0;
    CHECK_THROWS_AS(retry_while_locked(0.5, always_locked(tries)), Xapian::DatabaseLockError);
    // 100, 200 ms and the rest of the half second: 3 or 4 tries, where a
    // fixed 100 ms wait made 6.
    CHECK(tries >= 2);
    CHECK(tries <= 5);
  }

  TEST_CASE("other errors are not waited on") {
    int tries = 0;
    CHECK_THROWS_AS(retry_while_locked(5.0,
                                       [&]() -> int {
                                         ++tries;
                                         throw Xapian::DatabaseOpeningError("no such database");
                                       }),
                    Xapian::DatabaseOpeningError);
    CHECK(tries == 1);
  }
}
