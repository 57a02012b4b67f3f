#pragma once
// Waiting for a database's write lock: a local index's (common/database) and
// a remote shard's (indexer/shard_layout), whose server holds a killed
// writer's lock until it sees that writer's connection end.

#include <algorithm>
#include <chrono>
#include <thread>

#include <xapian.h>

namespace news {

/**
 * Calls `open` until it returns, or `lock_timeout` seconds (0 or less: one
 * try) have passed while it throws Xapian::DatabaseLockError; then that
 * error is rethrown. The waits between tries grow from 100 ms to 1 s, so a
 * remote shard reached over ssh is not asked ten times a second.
 */
template <class Open>
auto retry_while_locked(double lock_timeout, Open&& open) -> decltype(open()) {
  using Clock = std::chrono::steady_clock;
  const auto give_up =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(
                         std::chrono::duration<double>(std::max(lock_timeout, 0.0)));
  auto wait = std::chrono::milliseconds(100);
  for (;;) {
    try {
      return open();
    } catch (const Xapian::DatabaseLockError&) {
      const auto now = Clock::now();
      if (now >= give_up) throw;
      std::this_thread::sleep_for(
          std::min<Clock::duration>(wait, give_up - now + std::chrono::milliseconds(1)));
      wait = std::min(wait * 2, std::chrono::milliseconds(1000));
    }
  }
}

} // namespace news
