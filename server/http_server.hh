// cpp-httplib's server with the connection handling replaced by ours: each
// connection runs on a WorkerQueue thread through a ConnectionStream (a
// deadline per request, bounds on its head), a request refused by the
// stream gets its JSON error here, kept-alive connections yield their
// worker when others wait, every response carries kSecurityHeaders and
// every request is logged once. Routes are added by the caller
// (api_routes.hh), as on any httplib::Server.
#pragma once

#include <cstddef>
#include <functional>

#include <httplib.h>

#include "server/connection_limits.hh"
#include "server/connection_stream.hh"
#include "server/request_log.hh"

namespace news {

class WorkerQueue;

class HttpServer : public httplib::Server {
public:
  using LogSink = std::function<void(const RequestLogEntry&)>;

  HttpServer(std::size_t threads, const ConnectionLimits& limits, LogSink log);

  /**
   * After bind_to_port: a listen queue of `backlog` connections, not the 5
   * that Debian's libcpp-httplib was built with (CPPHTTPLIB_LISTEN_BACKLOG),
   * past which a burst of clients has its connections dropped and retried
   * a second later.
   */
  void widen_listen_queue(int backlog = 1024);

  /** Whether stop() was called (or listening ended). */
  bool stopping() const { return svr_sock_ == INVALID_SOCKET; }

private:
  bool process_and_close_socket(socket_t sock) override;
  /** Whether connections wait for a worker. */
  bool others_wait() const;
  /** Writes the error response for a request the stream refused, logs it. */
  void refuse(ConnectionStream& stream);
  void log_response(const httplib::Request& request, const httplib::Response& response);

  ConnectionLimits limits_;
  LogSink log_;
  WorkerQueue* queue_ = nullptr; // made by new_task_queue; httplib owns it while listening
};

} // namespace news
