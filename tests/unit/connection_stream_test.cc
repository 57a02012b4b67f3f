#include "server/connection_stream.hh"

#include <string>
#include <thread>

#include <doctest/doctest.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace news;
using namespace std::chrono_literals;

namespace {

/** Both ends of a local stream socket; the server's end goes to a ConnectionStream. */
struct SocketPair {
  SocketPair() { REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0); }
  ~SocketPair() {
    ::close(fds[0]);
    if (fds[1] >= 0) ::close(fds[1]);
  }
  SocketPair(const SocketPair&) = delete;
  SocketPair& operator=(const SocketPair&) = delete;
  int server() const { return fds[0]; }
  void send(std::string_view bytes) const {
    REQUIRE(::send(fds[1], bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(bytes.size()));
  }
  void close_client() {
    ::close(fds[1]);
    fds[1] = -1;
  }
  std::string received() const {
    char buffer[4096];
    const ssize_t n = ::recv(fds[1], buffer, sizeof buffer, MSG_DONTWAIT);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
  }
  int fds[2] = {-1, -1};
};

/** Reads a byte at a time, as httplib's line reader does, until `stop` or the stream ends. */
std::string read_until(ConnectionStream& stream, std::string_view stop) {
  std::string text;
  char byte = 0;
  while (text.find(stop) == std::string::npos && stream.read(&byte, 1) == 1)
    text += byte;
  return text;
}

ConnectionLimits small_limits() {
  ConnectionLimits limits;
  limits.max_request_line = 64;
  limits.max_head = 256;
  limits.request_timeout = 300ms;
  return limits;
}

} // namespace

TEST_SUITE("connection stream") {
  TEST_CASE("a whole request, and the next one on the same connection") {
    SocketPair pair;
    ConnectionStream stream(pair.server(), small_limits());
    pair.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\n\r\n");
    CHECK(read_until(stream, "\r\n\r\n") == "GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    // The second request was read with the first; it waits in the buffer.
    CHECK(stream.wait_for_request(0ms, [] { return false; }));
    stream.begin_request();
    CHECK(read_until(stream, "\r\n\r\n") == "GET /b HTTP/1.1\r\n\r\n");
    CHECK(stream.refusal() == StreamRefusal::None);
    CHECK(stream.write("ok", 2) == 2);
    CHECK(pair.received() == "ok");
  }

  TEST_CASE("a client that sends a byte at a time too slowly is cut off at the deadline") {
    SocketPair pair;
    ConnectionStream stream(pair.server(), small_limits());
    std::atomic<bool> done{false};
    // 50 ms a byte: each read waits far less than the request timeout, but
    // the request would take 1.5 s in all.
    std::thread client([&] {
      for (const char c : std::string("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")) {
        if (done) break;
        ::send(pair.fds[1], &c, 1, MSG_NOSIGNAL);
        std::this_thread::sleep_for(50ms);
      }
    });
    const std::string got = read_until(stream, "\r\n\r\n");
    done = true;
    client.join();
    CHECK(stream.refusal() == StreamRefusal::Timeout);
    CHECK(got.size() < 20); // not the whole request
    char byte = 0;
    CHECK(stream.read(&byte, 1) == -1); // nothing more for the library
    CHECK(stream.write("x", 1) == -1);
    CHECK(stream.send_all("refused")); // the server's own response goes out
    CHECK(pair.received() == "refused");
  }

  TEST_CASE("a request line over the bound is refused before its end") {
    SocketPair pair;
    ConnectionStream stream(pair.server(), small_limits());
    pair.send("GET /api/search?q=" + std::string(100, 'a') + " HTTP/1.1\r\n\r\n");
    const std::string got = read_until(stream, "\r\n\r\n");
    CHECK(stream.refusal() == StreamRefusal::RequestLineTooLong);
    CHECK(got.size() == 64);
  }

  TEST_CASE("headers over the bound are refused, however short each line") {
    SocketPair pair;
    ConnectionStream stream(pair.server(), small_limits());
    std::string request = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 40; ++i)
      request += "X-A: b\r\n";
    pair.send(request + "\r\n");
    read_until(stream, "\r\n\r\n");
    CHECK(stream.refusal() == StreamRefusal::HeadTooLarge);
  }

  TEST_CASE("the body is not counted as head") {
    SocketPair pair;
    ConnectionStream stream(pair.server(), small_limits());
    pair.send("POST /login HTTP/1.1\r\nContent-Length: 300\r\n\r\n" + std::string(300, 't'));
    read_until(stream, "\r\n\r\n");
    std::string body(300, '\0');
    std::size_t got = 0;
    while (got < body.size()) {
      const ssize_t n = stream.read(body.data() + got, body.size() - got);
      REQUIRE(n > 0);
      got += static_cast<std::size_t>(n);
    }
    CHECK(body == std::string(300, 't'));
    CHECK(stream.refusal() == StreamRefusal::None);
  }

  TEST_CASE("waiting for a request ends when the client closes or gives up being waited for") {
    SocketPair pair;
    ConnectionStream stream(pair.server(), small_limits());
    int asked = 0;
    CHECK_FALSE(stream.wait_for_request(10s, [&] { return ++asked < 3; }));
    CHECK(asked == 3);
    pair.close_client();
    CHECK_FALSE(stream.wait_for_request(10s, [] { return true; }));
  }
}
