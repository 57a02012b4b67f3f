// One client connection as cpp-httplib's Stream, with the bounds the
// library lacks: a deadline for the whole request (not per read), and a
// bound on the request line and the headers, counted as the bytes go by.
// A request over a bound is refused (refusal() says why): the stream then
// reads and writes nothing more for the library, and the server writes the
// error response itself with send_all().
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <optional>
#include <string_view>

#include <httplib.h>

#include "server/connection_limits.hh"

namespace news {

enum class StreamRefusal {
  None,
  Timeout,            /**< the request was not all there before its deadline */
  RequestLineTooLong, /**< longer than ConnectionLimits::max_request_line */
  HeadTooLarge,       /**< request line and headers longer than max_head */
  Busy                /**< the head not complete within head_grace_when_busy while others waited */
};

class ConnectionStream final : public httplib::Stream {
public:
  using Clock = std::chrono::steady_clock;

  /** Reads and writes `fd`, which stays the caller's to close. */
  ConnectionStream(int fd, const ConnectionLimits& limits);

  /**
   * Waits up to `timeout` for the first byte of the next request, as long
   * as `keep_waiting()` says so (asked every few milliseconds; data already
   * there is taken without asking). False when none came or the client closed.
   */
  bool wait_for_request(std::chrono::milliseconds timeout,
                        const std::function<bool()>& keep_waiting);

  /**
   * What shortens the reads of a request: `busy()` (others wait for a
   * worker: the head has ConnectionLimits::head_grace_when_busy) and
   * `stopping()` (the server stops: read_grace_on_stop, then the stream ends).
   */
  void cut_reads_when(std::function<bool()> busy, std::function<bool()> stopping) {
    busy_ = std::move(busy);
    stopping_ = std::move(stopping);
  }

  /** The head's grace when others wait (cut_reads_when) runs from `since`, not the request's start.
   */
  void grace_from(Clock::time_point since) { grace_since_ = since; }

  /** Starts a request: its deadline runs from now, its head counts from zero. */
  void begin_request();

  StreamRefusal refusal() const { return refusal_; }

  /** Marks the connection to be closed once this request is answered. */
  void close_after_request() { closing_ = true; }
  bool closing() const { return closing_; }
  Clock::time_point request_start() const { return request_start_; }

  /** Writes all of `data` before the write deadline, refused or not. */
  bool send_all(std::string_view data);

  /**
   * After a refusal: stops writing, then reads and drops what the client
   * still sends (a second at most), so that it reads the response instead
   * of a reset connection.
   */
  void drain_before_close();

  /**
   * Before closing: reads and drops what has already arrived (a megabyte at
   * most, without waiting), so that closing sends the client an end of
   * stream and not a reset, which could destroy the response it has not read yet.
   */
  void discard_unread();

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return fd_; }

private:
  bool fill(Clock::time_point deadline);
  /** The deadline of the current read: the request's, or earlier (cut_reads_when). */
  Clock::time_point read_deadline();
  /** Fills the buffer before read_deadline(), which it polls; false (a refusal set or not) if not.
   */
  bool fill_request();
  bool count_head_byte(char byte);
  ssize_t send_some(const char* ptr, size_t size);

  int fd_;
  ConnectionLimits limits_;
  std::array<char, 4096> buffer_{};
  std::size_t begin_ = 0, end_ = 0;
  StreamRefusal refusal_ = StreamRefusal::None;
  Clock::time_point request_start_{}, read_deadline_{}, write_deadline_{};
  bool writing_ = false;
  bool closing_ = false;
  std::function<bool()> busy_, stopping_;
  std::optional<Clock::time_point> stopped_at_;
  Clock::time_point grace_since_{};
  // The head of the current request, as the bytes go by.
  bool in_head_ = true, in_request_line_ = true;
  std::size_t head_bytes_ = 0, line_length_ = 0;
  char previous_ = 0;
};

} // namespace news
