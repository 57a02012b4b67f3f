// How much and how long one connection may take of a worker: the server's
// own bounds, enforced by ConnectionStream under cpp-httplib (whose read
// timeout is per recv call, so that a client sending a byte a second would
// hold a worker for ever).
#pragma once

#include <chrono>
#include <cstddef>

namespace news {

struct ConnectionLimits {
  /** The request line (method, target, version): a longer one is refused with 413. */
  std::size_t max_request_line = 8192;
  /** Request line and headers together: more is refused with 413. */
  std::size_t max_head = 16 * 1024;
  /** The body (only POST /login has one): more is refused with 413. */
  std::size_t max_body = 4096;
  /** From a worker taking the connection (or a kept-alive one's first byte) to the request's end.
   */
  std::chrono::milliseconds request_timeout{10'000};
  /** To write one whole response. */
  std::chrono::milliseconds write_timeout{10'000};
  /** An idle kept-alive connection is closed after this... */
  std::chrono::milliseconds keep_alive_timeout{5'000};
  /**
   * ...or after this when other connections wait for a worker (not at once:
   * a client that sends its next request right away would find the
   * connection closed as it sends it).
   */
  std::chrono::milliseconds keep_alive_when_busy{50};
  /**
   * While other connections wait for a worker, a request head not complete
   * this long after the request started is refused with 408 (a slow client
   * does not hold a worker for the whole request_timeout).
   */
  std::chrono::milliseconds head_grace_when_busy{1'000};
  /** Once the server stops, a request not yet all read gets this long, then its connection is
   * closed. */
  std::chrono::milliseconds read_grace_on_stop{1'000};
  /** Requests on one connection before it is closed. */
  std::size_t max_requests_per_connection = 100;
};

} // namespace news
