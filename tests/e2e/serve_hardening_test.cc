// news-search serve, end to end: the defects a security review found
// (request smuggling, DNS rebinding, slow clients holding every worker, a
// slow SIGTERM, the login form), each checked on the real server.
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <doctest/doctest.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/server_runner.hh"

using namespace news::test;
using namespace std::chrono_literals;

namespace {

const Sandbox& corpus() { return indexed_sample_corpus(); }

/** Clients that each send a request head a byte every 200 ms, on their own threads, until stopped.
 */
class SlowClients {
public:
  SlowClients(int port, int count) {
    for (int i = 0; i < count; ++i)
      threads_.emplace_back([this, port] {
        const int fd = connect_to(port);
        const std::string head =
            "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + std::string(200, 'x') +
            "\r\n\r\n";
        for (std::size_t sent = 0; fd >= 0 && !stop_ && sent < head.size(); ++sent) {
          if (::send(fd, &head[sent], 1, MSG_NOSIGNAL) != 1) break;
          std::this_thread::sleep_for(200ms);
        }
        if (fd >= 0) ::close(fd);
      });
    std::this_thread::sleep_for(300ms); // each has a worker, or waits for one
  }
  ~SlowClients() {
    stop_ = true;
    for (std::thread& thread : threads_)
      thread.join();
  }
  SlowClients(const SlowClients&) = delete;
  SlowClients& operator=(const SlowClients&) = delete;

private:
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_SUITE("e2e: news-search serve, hardening") {
  TEST_CASE("bug: a GET with a body has the body parsed as the next request (smuggling)") {
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    const std::string smuggled = "GET /missing HTTP/1.1\r\nHost: localhost\r\n\r\n";
    for (const std::string& framing :
         {"Content-Length: " + std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled,
          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled}) {
      CAPTURE(framing);
      const std::string answer =
          raw_exchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\n" + framing);
      CHECK(answer.starts_with("HTTP/1.1 400 "));
      CHECK(answer.find("\r\nConnection: close\r\n") != std::string::npos);
      CHECK(count_of(answer, "HTTP/1.1 ") == 1);
      CHECK(answer.find("\"kind\":\"bad_request\"") != std::string::npos);
    }
    // HEAD too; a GET with Content-Length: 0 is served.
    CHECK(
        raw_exchange(server.port(),
                     "HEAD /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nxxxxx")
            .starts_with("HTTP/1.1 400 "));
    CHECK(raw_exchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                                      "0\r\nConnection: close\r\n\r\n")
              .starts_with("HTTP/1.1 200 "));
  }

  TEST_CASE("bug: without a token any Host is served (DNS rebinding)") {
    const ServerProcess server(corpus().db(), {"--allowed-host", "news.example.org"},
                               corpus().dir());
    const std::string port = std::to_string(server.port());
    httplib::Response response = get(server, "/api/stats", {{"Host", "attacker.example:" + port}});
    CHECK(response.status == 403);
    CHECK(error_kind(response) == "forbidden");
    CHECK(get(server, "/", {{"Host", "attacker.example"}}).status == 403);
    for (const std::string& host :
         {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port,
          std::string("news.example.org"), std::string("NEWS.example.org:443")}) {
      CAPTURE(host);
      CHECK(get(server, "/api/stats", {{"Host", host}}).status == 200);
    }
    // With a token, the token keeps others out, whatever the Host.
    const Sandbox scratch;
    const auto token_file = scratch.write("token", "0123456789abcdef0123456789abcdef\n");
    const ServerProcess guarded(corpus().db(), {"--token-file", token_file.string()},
                                scratch.dir());
    CHECK(get(guarded, "/healthz", {{"Host", "news.example.org"}}).status == 200);
  }

  TEST_CASE("bug: POST /login takes the token from the URL query too") {
    const Sandbox scratch;
    const std::string token = "0123456789abcdef0123456789abcdef";
    const auto token_file = scratch.write("token", token + "\n");
    const ServerProcess server(corpus().db(), {"--token-file", token_file.string()}, scratch.dir());
    httplib::Client client = server.client();
    httplib::Result login =
        client.Post("/login?token=" + token, "", "application/x-www-form-urlencoded");
    REQUIRE(login);
    CHECK(login->status == 401);
    CHECK_FALSE(login->has_header("Set-Cookie"));
    login =
        client.Post("/login?token=" + token, "token=wrong", "application/x-www-form-urlencoded");
    REQUIRE(login);
    CHECK(login->status == 401);
    login = client.Post("/login", "token=" + token, "application/x-www-form-urlencoded");
    REQUIRE(login);
    CHECK(login->status == 303);
  }

  TEST_CASE("bug: a request httplib rejects as malformed is logged with an empty client field") {
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    CHECK(raw_exchange(server.port(), "NOT-HTTP\r\n\r\n").starts_with("HTTP/1.1 400 "));
    const std::vector<std::string> lines = log_lines(server, 1);
    REQUIRE(lines.size() == 1);
    CAPTURE(lines[0]);
    CHECK(lines[0].find("  ") == std::string::npos);
    CHECK(lines[0].find("Z - NOT-HTTP - 400 ") != std::string::npos);
  }

  TEST_CASE("bug: slow clients hold every worker for the whole request timeout") {
    const ServerProcess server(corpus().db(), {"--threads", "2"}, corpus().dir());
    const SlowClients slow(server.port(), 8);
    const auto start = std::chrono::steady_clock::now();
    CHECK(get(server, "/healthz").status == 200);
    CHECK(seconds_since(start) < 3.0);
    CHECK(count_of(server.log(), " 408 ") >= 1); // a slow one was cut off
  }

  TEST_CASE("bug: SIGTERM waits for every slow client's request timeout") {
    ServerProcess server(corpus().db(), {"--threads", "2"}, corpus().dir());
    const SlowClients slow(server.port(), 6);
    const auto start = std::chrono::steady_clock::now();
    CHECK(server.stop(SIGTERM) == 0);
    CHECK(seconds_since(start) < 2.5);
  }

  TEST_CASE("bug: after login the page is always / (a shared link's query is lost)") {
    const Sandbox scratch;
    const std::string token = "0123456789abcdef0123456789abcdef";
    const auto token_file = scratch.write("token", token + "\n");
    const ServerProcess server(corpus().db(), {"--token-file", token_file.string()}, scratch.dir());
    // (httplib's client decodes a Location: the raw answer shows what is sent.)
    const std::string location = "/login?next=%2F%3Fq%3Dchina%26sort%3Dnewest";
    CHECK(raw_exchange(server.port(), "GET /?q=china&sort=newest HTTP/1.1\r\nHost: "
                                      "localhost\r\nConnection: close\r\n\r\n")
              .find("\r\nLocation: " + location + "\r\n") != std::string::npos);
    CHECK(get(server, location)
              .body.find(
                  "<input type=\"hidden\" name=\"next\" value=\"/?q=china&amp;sort=newest\">") !=
          std::string::npos);
    httplib::Client client = server.client();
    const std::string form = "application/x-www-form-urlencoded";
    httplib::Result login =
        client.Post("/login", "token=" + token + "&next=%2F%3Fq%3Dchina%26sort%3Dnewest", form);
    REQUIRE(login);
    CHECK(login->status == 303);
    CHECK(login->get_header_value("Location") == "/?q=china&sort=newest");
    CHECK(login->get_header_value("Set-Cookie").find("; SameSite=Lax; ") != std::string::npos);
    CHECK(login->get_header_value("Set-Cookie").find("Secure") == std::string::npos);
    for (const char* evil : {"%2F%2Fattacker.example%2F", "https%3A%2F%2Fattacker.example",
                             "%2F%5Cattacker.example"}) {
      login = client.Post("/login", "token=" + token + "&next=" + evil, form);
      REQUIRE(login);
      CHECK(login->get_header_value("Location") == "/");
    }
    // Behind a TLS proxy, the cookie is Secure.
    login = client.Post("/login", {{"X-Forwarded-Proto", "https"}}, "token=" + token, form);
    REQUIRE(login);
    CHECK(login->get_header_value("Set-Cookie").ends_with("; Secure"));
  }
}
