#include "server/connection_stream.hh"

#include <algorithm>
#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

namespace news {
namespace {

using Clock = ConnectionStream::Clock;

/** Milliseconds from now to `deadline`, for poll (0 when it has passed). */
int milliseconds_until(Clock::time_point deadline) {
  const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 1'000'000));
}

/** Polls `fd` for `events` up to `deadline`; true when ready. */
bool wait_until(int fd, short events, Clock::time_point deadline) {
  for (;;) {
    pollfd entry{fd, events, 0};
    const int ready = ::poll(&entry, 1, milliseconds_until(deadline));
    if (ready > 0) return true;
    if (ready == 0) return false;
    if (errno != EINTR) return false;
  }
}

void address_of(const sockaddr_storage& address, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
  }
  ip = text;
}

} // namespace

ConnectionStream::ConnectionStream(int fd, const ConnectionLimits& limits)
    : fd_(fd), limits_(limits) {
  begin_request();
}

bool ConnectionStream::wait_for_request(std::chrono::milliseconds timeout,
                                        const std::function<bool()>& keep_waiting) {
  constexpr auto kSlice = std::chrono::milliseconds(20);
  const auto deadline = Clock::now() + timeout;
  for (bool first = true; begin_ == end_; first = false) {
    if (!first && (!keep_waiting() || Clock::now() >= deadline)) return false;
    const auto slice_end = first ? Clock::now() : std::min(deadline, Clock::now() + kSlice);
    if (wait_until(fd_, POLLIN, slice_end) && !fill(slice_end)) return false;
  }
  return true;
}

void ConnectionStream::begin_request() {
  grace_since_ = request_start_ = Clock::now();
  read_deadline_ = request_start_ + limits_.request_timeout;
  writing_ = false;
  in_head_ = in_request_line_ = true;
  head_bytes_ = line_length_ = 0;
  previous_ = 0;
}

bool ConnectionStream::fill(Clock::time_point deadline) {
  for (;;) {
    const ssize_t n = ::recv(fd_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
    if (n > 0) {
      begin_ = 0;
      end_ = static_cast<std::size_t>(n);
      return true;
    }
    if (n == 0) return false; // the client closed
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return false;
    if (!wait_until(fd_, POLLIN, deadline)) return false;
  }
}

bool ConnectionStream::count_head_byte(char byte) {
  ++head_bytes_;
  if (byte == '\n') {
    const bool empty_line = line_length_ == 0 || (line_length_ == 1 && previous_ == '\r');
    if (empty_line && !in_request_line_) in_head_ = false;
    in_request_line_ = false;
    line_length_ = 0;
  } else {
    ++line_length_;
  }
  previous_ = byte;
  if (in_request_line_ && line_length_ > limits_.max_request_line)
    refusal_ = StreamRefusal::RequestLineTooLong;
  else if (head_bytes_ > limits_.max_head)
    refusal_ = StreamRefusal::HeadTooLarge;
  return refusal_ == StreamRefusal::None;
}

Clock::time_point ConnectionStream::read_deadline() {
  Clock::time_point deadline = read_deadline_;
  if (in_head_ && busy_ && busy_())
    deadline = std::min(deadline, grace_since_ + limits_.head_grace_when_busy);
  if (!stopped_at_ && stopping_ && stopping_()) stopped_at_ = Clock::now();
  if (stopped_at_) deadline = std::min(deadline, *stopped_at_ + limits_.read_grace_on_stop);
  return deadline;
}

bool ConnectionStream::fill_request() {
  constexpr auto kSlice = std::chrono::milliseconds(50);
  for (;;) {
    const Clock::time_point deadline = read_deadline();
    const Clock::time_point now = Clock::now();
    if (now >= deadline) {
      if (stopped_at_) return false; // the server stops: the end of the stream
      refusal_ = now >= read_deadline_ ? StreamRefusal::Timeout : StreamRefusal::Busy;
      return false;
    }
    const Clock::time_point slice_end = std::min(deadline, now + kSlice);
    if (wait_until(fd_, POLLIN, slice_end)) return fill(Clock::now());
  }
}

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  if (refusal_ != StreamRefusal::None || size == 0) return -1;
  if (begin_ == end_ && !fill_request())
    return refusal_ != StreamRefusal::None ? -1 : 0; // 0: closed (or failed), the end of the stream
  const std::size_t n = std::min(size, end_ - begin_);
  for (std::size_t i = 0; in_head_ && i < n; ++i)
    if (!count_head_byte(buffer_[begin_ + i])) return -1;
  std::copy_n(buffer_.data() + begin_, n, ptr);
  begin_ += n;
  return static_cast<ssize_t>(n);
}

bool ConnectionStream::is_readable() const {
  return begin_ != end_ || wait_until(fd_, POLLIN, read_deadline_);
}

bool ConnectionStream::is_writable() const {
  return refusal_ == StreamRefusal::None &&
         wait_until(fd_, POLLOUT,
                    writing_ ? write_deadline_ : Clock::now() + limits_.write_timeout);
}

ssize_t ConnectionStream::send_some(const char* ptr, size_t size) {
  if (!writing_) {
    writing_ = true;
    write_deadline_ = Clock::now() + limits_.write_timeout;
  }
  for (;;) {
    const ssize_t n = ::send(fd_, ptr, size, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n >= 0) return n;
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return -1;
    if (!wait_until(fd_, POLLOUT, write_deadline_)) return -1;
  }
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  if (refusal_ != StreamRefusal::None) return -1;
  return send_some(ptr, size);
}

bool ConnectionStream::send_all(std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = send_some(data.data(), data.size());
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void ConnectionStream::drain_before_close() {
  ::shutdown(fd_, SHUT_WR);
  constexpr std::size_t kMaxDrained = 16 * 1024 * 1024;
  const auto deadline = Clock::now() + std::chrono::seconds(1);
  for (std::size_t drained = 0; drained < kMaxDrained && fill(deadline);)
    drained += end_;
  begin_ = end_ = 0;
}

void ConnectionStream::discard_unread() {
  constexpr std::size_t kMaxDiscarded = 1024 * 1024;
  for (std::size_t discarded = 0; discarded < kMaxDiscarded;) {
    const ssize_t n = ::recv(fd_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
    if (n <= 0) break;
    discarded += static_cast<std::size_t>(n);
  }
  begin_ = end_ = 0;
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    address_of(address, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    address_of(address, ip, port);
}

} // namespace news
