// news-search serve, end to end: what keeps it safe on a network (the
// access token, the loopback default, bounds on requests and on slow
// clients), stopping on SIGTERM, and its request log.
#include <chrono>
#include <csignal>
#include <thread>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/server_runner.hh"

using namespace news::test;
using namespace std::chrono_literals;

namespace {

const Sandbox& corpus() { return indexed_sample_corpus(); }

constexpr const char* kToken = "0123456789abcdef0123456789abcdef";

} // namespace

TEST_SUITE("e2e: news-search serve, safety") {
  TEST_CASE("with a token: the API needs the Bearer header, the page the login cookie") {
    const Sandbox scratch;
    const auto token_file = scratch.write("token", std::string(kToken) + "\n");
    const ServerProcess server(corpus().db(), {"--token-file", token_file.string()}, scratch.dir());
    httplib::Response response = get(server, "/api/stats");
    CHECK(response.status == 401);
    CHECK(error_kind(response) == "unauthorized");
    CHECK(response.get_header_value("WWW-Authenticate") == "Bearer");
    CHECK(get(server, "/api/stats", {{"Authorization", "Bearer wrong-token-0123456789"}}).status ==
          401);
    CHECK(get(server, "/api/stats", {{"Authorization", std::string("Bearer ") + kToken}}).status ==
          200);
    CHECK(get(server, "/healthz").status == 200);
    // The page: the login form, which sets the cookie.
    response = get(server, "/");
    CHECK(response.status == 303);
    CHECK(response.get_header_value("Location") == "/login?next=/"); // decoded by httplib
    CHECK(get(server, "/login").body.find("<form method=\"post\" action=\"/login\">") !=
          std::string::npos);
    httplib::Client client = server.client();
    httplib::Result login =
        client.Post("/login", "token=wrong", "application/x-www-form-urlencoded");
    REQUIRE(login);
    CHECK(login->status == 401);
    CHECK_FALSE(login->has_header("Set-Cookie"));
    login =
        client.Post("/login", std::string("token=") + kToken, "application/x-www-form-urlencoded");
    REQUIRE(login);
    CHECK(login->status == 303);
    const std::string cookie = login->get_header_value("Set-Cookie");
    CHECK(cookie == std::string("news_token=") + kToken +
                        "; HttpOnly; SameSite=Lax; Path=/; Max-Age=2592000");
    const std::string sent = cookie.substr(0, cookie.find(';'));
    CHECK(get(server, "/", {{"Cookie", sent}}).status == 200);
    CHECK(get(server, "/api/search?q=china", {{"Cookie", sent}}).status == 200);
    // The log never shows a token.
    CHECK(server.log().find(kToken) == std::string::npos);
  }

  TEST_CASE("a non-loopback address without a token is refused with one line") {
    const ServeRefusal refusal =
        run_serve_briefly({"--bind", "0.0.0.0", "--port", "0"}, corpus().dir());
    CHECK(refusal.status == 2);
    CHECK(refusal.err ==
          "news-search: --bind 0.0.0.0: a non-loopback address needs --token-file (anyone who "
          "can reach it could read the index)\n");
    CHECK(run_serve_briefly({"--help"}, corpus().dir()).status == 0);
  }

  TEST_CASE("bug: a second server on the same port starts too (httplib's SO_REUSEPORT)") {
    const ServerProcess first(corpus().db(), {}, corpus().dir());
    const ServeRefusal second = run_serve_briefly(
        {"--db", corpus().db().string(), "--port", std::to_string(first.port())}, corpus().dir());
    CHECK(second.status == 2);
    CHECK(second.err.find("news-search: cannot listen on 127.0.0.1 port " +
                          std::to_string(first.port())) != std::string::npos);
  }

  TEST_CASE("a 1 MB query is refused with 413, headers and all") {
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    const std::string answer =
        raw_exchange(server.port(), "GET /api/search?q=" + std::string(1 << 20, 'a') +
                                        " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    CHECK(answer.starts_with("HTTP/1.1 413 "));
    CHECK(answer.find("\r\nContent-Security-Policy: default-src 'none';") != std::string::npos);
    CHECK(answer.find("\r\nX-Content-Type-Options: nosniff\r\n") != std::string::npos);
    CHECK(answer.ends_with("{\"error\":{\"kind\":\"too_large\",\"message\":\"the request line is "
                           "longer than 8192 bytes (a query that long is refused)\"}}\n"));
    // Many headers, each short, are refused too; the server goes on.
    std::string head = "GET /healthz HTTP/1.1\r\n";
    for (int i = 0; i < 2000; ++i)
      head += "X-Padding: " + std::to_string(i) + "\r\n";
    CHECK(raw_exchange(server.port(), head + "\r\n").starts_with("HTTP/1.1 413 "));
    CHECK(get(server, "/healthz").status == 200);
    const std::vector<std::string> lines = log_lines(server, 3);
    REQUIRE(lines.size() == 3);
    CHECK(count_of(server.log(), " 127.0.0.1 - - 413 ") == 2);
  }

  TEST_CASE("a client sending a byte a second holds a worker only until the request timeout") {
    const ServerProcess server(corpus().db(), {"--threads", "1", "--request-timeout", "1"},
                               corpus().dir());
    const int fd = connected_socket(server.port());
    // Slower than a byte a second would make this test slow; the server's
    // reads each wait much less than the timeout, so the rate is the same thing.
    const std::string request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: yes\r\n\r\n";
    std::size_t sent = 0;
    for (; sent < request.size(); ++sent) {
      if (::send(fd, &request[sent], 1, MSG_NOSIGNAL) != 1) break;
      std::this_thread::sleep_for(100ms);
      pollfd entry{fd, POLLIN, 0};
      if (::poll(&entry, 1, 0) > 0) break; // answered
    }
    const std::string answer = read_to_end(fd);
    ::close(fd);
    CHECK(sent < request.size()); // cut off before the end
    CHECK(answer.starts_with("HTTP/1.1 408 "));
    CHECK(answer.ends_with("{\"error\":{\"kind\":\"request_timeout\",\"message\":\"the request "
                           "was not complete within 1 s\"}}\n"));
    // The one worker is free again.
    CHECK(get(server, "/healthz").status == 200);
  }

  TEST_CASE("SIGTERM: the request in flight is answered, then the server exits 0") {
    ServerProcess server(corpus().db(), {}, corpus().dir());
    const int fd = connected_socket(server.port());
    const std::string first = "GET /api/search?q=china HTTP/1.1\r\nHost: localhost\r\n";
    REQUIRE(::send(fd, first.data(), first.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(first.size()));
    std::this_thread::sleep_for(300ms); // a worker has the request
    int status = -1;
    std::thread stopper([&] { status = server.stop(SIGTERM); });
    std::this_thread::sleep_for(300ms);
    REQUIRE(::send(fd, "\r\n", 2, MSG_NOSIGNAL) == 2);
    const std::string answer = read_to_end(fd);
    ::close(fd);
    stopper.join();
    CHECK(answer.starts_with("HTTP/1.1 200 OK\r\n"));
    CHECK(answer.find("\r\nConnection: close\r\n") != std::string::npos);
    CHECK(answer.ends_with(corpus().search({"--format", "json", "china"}).out));
    CHECK(status == 0);
  }

  TEST_CASE("one log line per request, as text or JSON") {
    {
      const ServerProcess server(corpus().db(), {}, corpus().dir());
      get(server, "/api/search?q=china");
      get(server, "/missing");
      get(server, "/healthz");
      // Each connection has its worker: the lines come in the order the workers write them.
      const std::vector<std::string> lines = log_lines(server, 3);
      REQUIRE(lines.size() == 3);
      const std::string log = server.log();
      CHECK(count_of(log, " 127.0.0.1 GET /api/search?q=china 200 ") == 1);
      CHECK(count_of(log, " 127.0.0.1 GET /missing 404 ") == 1);
      CHECK(count_of(log, " 127.0.0.1 GET /healthz 200 ") == 1);
    }
    const ServerProcess server(corpus().db(), {"--log", "json"}, corpus().dir());
    get(server, "/api/stats");
    const std::vector<std::string> lines = log_lines(server, 1);
    REQUIRE(lines.size() == 1);
    const nlohmann::json line = nlohmann::json::parse(lines[0]);
    CHECK(line["method"] == "GET");
    CHECK(line["path"] == "/api/stats");
    CHECK(line["status"] == 200);
    CHECK(line["bytes"].get<int>() > 0);
    CHECK(line["ms"].is_number());
    CHECK(line["time"].get<std::string>().ends_with("Z"));
  }
}
