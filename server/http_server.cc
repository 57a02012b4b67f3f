#include "server/http_server.hh"

#include <fmt/core.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server/http_error.hh"
#include "server/response_headers.hh"
#include "server/worker_queue.hh"

namespace news {
namespace {

// The connection this worker thread is serving, for the logger, which
// httplib calls on that thread with the request and response only.
thread_local ConnectionStream* t_connection = nullptr;

class ServingConnection {
public:
  explicit ServingConnection(ConnectionStream& stream) { t_connection = &stream; }
  ~ServingConnection() { t_connection = nullptr; }
  ServingConnection(const ServingConnection&) = delete;
  ServingConnection& operator=(const ServingConnection&) = delete;
};

double milliseconds_since(ConnectionStream::Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(ConnectionStream::Clock::now() - start).count();
}

std::chrono::system_clock::time_point wall_time_of(ConnectionStream::Clock::time_point start) {
  return std::chrono::system_clock::now() -
         std::chrono::duration_cast<std::chrono::system_clock::duration>(
             ConnectionStream::Clock::now() - start);
}

/** What the client is told about a status that httplib set itself. */
std::string message_for_status(int status, const httplib::Request& request,
                               const ConnectionLimits& limits) {
  switch (status) {
  case 404:
    return fmt::format("no such path: {}", request.path);
  case 413:
    return fmt::format("the request body is larger than {} bytes", limits.max_body);
  case 414:
    return fmt::format("the request line is longer than {} bytes", limits.max_request_line);
  case 400:
    return "malformed request";
  default:
    return fmt::format("HTTP status {}", status);
  }
}

struct Refusal {
  HttpErrorKind kind;
  std::string message;
};

Refusal refusal_of(StreamRefusal refusal, const ConnectionLimits& limits) {
  switch (refusal) {
  case StreamRefusal::Timeout:
    return {HttpErrorKind::RequestTimeout,
            fmt::format("the request was not complete within {} s",
                        std::chrono::duration<double>(limits.request_timeout).count())};
  case StreamRefusal::Busy:
    return {HttpErrorKind::RequestTimeout,
            fmt::format("the request headers were not complete within {} s while other "
                        "connections waited for a worker",
                        std::chrono::duration<double>(limits.head_grace_when_busy).count())};
  case StreamRefusal::RequestLineTooLong:
    return {HttpErrorKind::TooLarge,
            fmt::format("the request line is longer than {} bytes (a query that long is refused)",
                        limits.max_request_line)};
  case StreamRefusal::HeadTooLarge:
  case StreamRefusal::None:
    break;
  }
  return {HttpErrorKind::TooLarge,
          fmt::format("the request headers are larger than {} bytes", limits.max_head)};
}

} // namespace

HttpServer::HttpServer(std::size_t threads, const ConnectionLimits& limits, LogSink log)
    : limits_(limits), log_(std::move(log)) {
  new_task_queue = [this, threads] {
    auto* queue = new WorkerQueue(threads);
    queue_ = queue;
    return queue;
  };
  httplib::Headers headers;
  for (const HeaderField& field : kSecurityHeaders)
    headers.emplace(std::string(field.name), std::string(field.value));
  set_default_headers(std::move(headers));
  set_payload_max_length(limits.max_body);
  set_keep_alive_max_count(limits.max_requests_per_connection);
  set_keep_alive_timeout(
      std::chrono::duration_cast<std::chrono::seconds>(limits.keep_alive_timeout).count());
  // Not httplib's default SO_REUSEPORT, with which a second server on the
  // same port would start too and take half the connections.
  set_socket_options([](socket_t sock) {
    const int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    // A connection that sends nothing is not handed to a worker.
    const int seconds = 5;
    ::setsockopt(sock, IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds);
  });
  // Statuses httplib sets itself (no route, a body too large...) get the JSON error body.
  set_error_handler(HandlerWithResponse([this](const httplib::Request& request,
                                               httplib::Response& response) {
    if (!response.body.empty()) return HandlerResponse::Unhandled;
    const HttpErrorKind kind = http_error_kind_of_status(response.status);
    response.set_content(error_json(kind, message_for_status(response.status, request, limits_)),
                         std::string(kJsonType));
    return HandlerResponse::Handled;
  }));
  set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        response.status = 500;
        response.set_content(error_json(HttpErrorKind::Internal, "internal error"),
                             std::string(kJsonType));
      });
  // Decided as the response goes out: a stopping server, or one with
  // connections waiting for a worker, ends this connection after it; so
  // does a refusal after which the rest of the request (a body too large, a
  // method's body) may still be unread.
  set_post_routing_handler([this](const httplib::Request&, httplib::Response& response) {
    const bool unread_body = response.status == 400 || response.status == 405 ||
                             response.status == 413 || response.status == 414;
    if (t_connection == nullptr || !(stopping() || others_wait() || unread_body)) return;
    response.headers.erase("Keep-Alive");
    response.set_header("Connection", "close");
    t_connection->close_after_request();
  });
  set_logger([this](const httplib::Request& request, const httplib::Response& response) {
    log_response(request, response);
  });
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  // httplib writes a response's head and body in two sends: with Nagle's
  // algorithm the body would wait for the client's delayed ACK (40 ms).
  const int yes = 1;
  ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  ConnectionStream stream(sock, limits_);
  const ServingConnection serving(stream);
  stream.cut_reads_when([this] { return others_wait(); }, [this] { return stopping(); });
  stream.grace_from(
      WorkerQueue::current_job_queued_at()); // a slow client had its grace in the queue
  // Queued when the server stopped: closed without being read.
  const std::size_t requests = stopping() ? 0 : limits_.max_requests_per_connection;
  for (std::size_t served = 0; served < requests; ++served) {
    // A new connection has the request timeout to start; a kept-alive one
    // waits while no other connection needs the worker.
    const auto idle_since = ConnectionStream::Clock::now();
    const bool started =
        served == 0
            // A new connection that has sent nothing yet is closed at once when others wait.
            ? stream.wait_for_request(limits_.request_timeout,
                                      [this] { return !stopping() && !others_wait(); })
            : stream.wait_for_request(limits_.keep_alive_timeout, [&] {
                return !stopping() &&
                       (!others_wait() ||
                        ConnectionStream::Clock::now() - idle_since < limits_.keep_alive_when_busy);
              });
    if (!started) break;
    if (served > 0) stream.begin_request();
    const bool last = served + 1 == limits_.max_requests_per_connection;
    bool closed_by_client = false;
    const bool ok = process_request(stream, last, closed_by_client, nullptr);
    if (stream.refusal() != StreamRefusal::None) {
      refuse(stream);
      break;
    }
    if (!ok || closed_by_client || last || stream.closing()) break;
  }
  stream.discard_unread();
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return true;
}

void HttpServer::widen_listen_queue(int backlog) {
  if (svr_sock_ != INVALID_SOCKET) ::listen(svr_sock_, backlog); // Linux takes a new backlog
}

bool HttpServer::others_wait() const { return queue_ != nullptr && queue_->waiting() > 0; }

void HttpServer::refuse(ConnectionStream& stream) {
  const Refusal refusal = refusal_of(stream.refusal(), limits_);
  const HttpErrorInfo info = http_error_info(refusal.kind);
  const std::string body = error_json(refusal.kind, refusal.message);
  std::string response = fmt::format("HTTP/1.1 {} {}\r\n", info.status,
                                     info.status == 408 ? "Request Timeout" : "Payload Too Large");
  for (const HeaderField& field : kSecurityHeaders)
    response += fmt::format("{}: {}\r\n", field.name, field.value);
  response += fmt::format("Content-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                          kJsonType, body.size());
  response += body;
  stream.send_all(response);
  RequestLogEntry entry;
  entry.time = wall_time_of(stream.request_start());
  int port = 0;
  stream.get_remote_ip_and_port(entry.remote, port);
  entry.method.assign(1, '-');
  entry.target = entry.method;
  entry.status = info.status;
  entry.bytes = body.size();
  entry.milliseconds = milliseconds_since(stream.request_start());
  if (log_) log_(entry);
  if (stream.refusal() != StreamRefusal::Busy)
    stream.drain_before_close(); // a slow one would take its second
}

void HttpServer::log_response(const httplib::Request& request, const httplib::Response& response) {
  // A request the stream refused is logged by refuse(), not as what httplib made of it.
  if (!log_ || (t_connection != nullptr && t_connection->refusal() != StreamRefusal::None)) return;
  RequestLogEntry entry;
  const auto start =
      t_connection != nullptr ? t_connection->request_start() : ConnectionStream::Clock::now();
  entry.time = wall_time_of(start);
  entry.remote = request.remote_addr.empty() ? "-" : request.remote_addr;
  entry.method = request.method.empty() ? "-" : request.method;
  entry.target = request.target.empty() ? "-" : request.target;
  entry.status = response.status;
  entry.bytes = request.method == "HEAD" ? 0 : response.body.size();
  entry.milliseconds = milliseconds_since(start);
  log_(entry);
}

} // namespace news
