// The one line the server logs per request, as text or as a JSON line:
// time, client, method, target (any token parameter blanked), status,
// bytes of body sent and the milliseconds the request took.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "server/serve_options.hh"

namespace news {

struct RequestLogEntry {
  std::chrono::system_clock::time_point time; /**< when the request began */
  std::string remote;                         /**< the client's address */
  std::string method;                         /**< "-" when the request line was unreadable */
  std::string target;                         /**< path and query, as sent */
  int status = 0;
  std::size_t bytes = 0; /**< of the body */
  double milliseconds = 0;
};

/**
 * `target` with the value of every `token` or `access_token` query
 * parameter replaced by `REDACTED` (the server reads no token from a URL,
 * but a client may put one there).
 */
std::string redacted_target(std::string_view target);

/**
 * The line, newline included. Text: `TIME REMOTE METHOD TARGET STATUS BYTES MSms`,
 * with bytes outside printable ASCII in the target as \xNN; JSON: an object
 * with keys time, remote, method, path, status, bytes, ms.
 */
std::string log_line(const RequestLogEntry& entry, LogFormat format);

} // namespace news
