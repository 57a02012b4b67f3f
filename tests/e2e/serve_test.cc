// news-search serve, end to end: the real server on a free loopback port,
// each endpoint against the CLI's output for the same query.
#include <atomic>
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

/** A URL query from name=value pairs, each value encoded. */
std::string query_of(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string query;
  for (const auto& [name, value] : params)
    query += (query.empty() ? "?" : "&") + name + "=" + httplib::detail::encode_query_param(value);
  return query;
}

/** The headers every response must carry, and the CORS headers none may. */
void check_safety_headers(const httplib::Response& response) {
  CHECK(response.get_header_value("Content-Security-Policy") ==
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  CHECK(response.get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(response.get_header_value("Referrer-Policy") == "no-referrer");
  for (const auto& [name, value] : response.headers)
    CHECK_FALSE(name.starts_with("Access-Control-"));
}

/** GET `target`: the response, checked for the safety headers. */
httplib::Response get(const ServerProcess& server, const std::string& target,
                      const httplib::Headers& headers = {}) {
  httplib::Client client = server.client();
  httplib::Result result = client.Get(target, headers);
  REQUIRE_MESSAGE(result, "no response to " << target);
  check_safety_headers(*result);
  return *result;
}

/** The kind of a JSON error body. */
std::string error_kind(const httplib::Response& response) {
  const nlohmann::json body = nlohmann::json::parse(response.body);
  CHECK(body["error"]["message"].is_string());
  return body["error"]["kind"];
}

/** A TCP connection to the server's port. */
int connected_socket(int port) {
  const int fd = connect_to(port);
  REQUIRE(fd >= 0);
  return fd;
}

/** The request log once it has `count` lines (a line is written just after its response). */
std::vector<std::string> log_lines(const ServerProcess& server, std::size_t count) {
  std::vector<std::string> lines;
  for (int i = 0; i < 250 && (lines = lines_of(server.log())).size() < count; ++i)
    std::this_thread::sleep_for(20ms);
  return lines;
}

struct Parity {
  std::vector<std::pair<std::string, std::string>> url;
  std::vector<std::string> cli;
};

} // namespace

TEST_SUITE("e2e: news-search serve") {
  TEST_CASE("/api/search answers the bytes of news-search --format json") {
    const std::vector<std::string> ids = search_ids(corpus(), {"china"});
    REQUIRE_FALSE(ids.empty());
    const std::vector<Parity> cases = {
        {{{"q", "china"}}, {"china"}},
        {{{"q", "russia"}, {"limit", "2"}, {"offset", "1"}},
         {"--limit", "2", "--offset", "1", "russia"}},
        {{{"q", "putin china"}, {"sort", "newest"}}, {"--sort", "newest", "putin", "china"}},
        {{{"q", "wheat inflation"}, {"any", "1"}}, {"--any", "wheat", "inflation"}},
        {{{"q", "china"}, {"facets", "1"}, {"histogram", "month"}},
         {"--facets", "--histogram", "month", "china"}},
        {{{"q", "china"}, {"all_versions", "true"}}, {"--all-versions", "china"}},
        {{{"q", "china"}, {"since", "2024-01-01"}, {"until", "2024-12-31"}},
         {"--since", "2024-01-01", "--until", "2024-12-31", "china"}},
        {{{"q", "person:putin"}, {"sort", "oldest"}}, {"--sort", "oldest", "person:putin"}},
        {{{"q", "\"visit to china\""}}, {"\"visit to china\""}},
        {{{"q", "zzzunfindable"}}, {"zzzunfindable"}},
        {{{"like", ids[0]}}, {"--like", ids[0]}},
    };
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    for (const Parity& parity : cases) {
      std::vector<std::string> cli{"--format", "json"};
      cli.insert(cli.end(), parity.cli.begin(), parity.cli.end());
      const RunResult expected = corpus().search(cli);
      CAPTURE(expected.err);
      REQUIRE(expected.out.starts_with("{"));
      const httplib::Response response = get(server, "/api/search" + query_of(parity.url));
      CHECK(response.status == 200);
      CHECK(response.get_header_value("Content-Type") == "application/json; charset=utf-8");
      CHECK(response.body == expected.out);
    }
  }

  TEST_CASE("an article, its similar articles, the stats and the health check") {
    const std::vector<std::string> ids = search_ids(corpus(), {"putin", "china"});
    REQUIRE_FALSE(ids.empty());
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    const std::string encoded = httplib::detail::encode_query_param(ids[0]);
    const httplib::Response article = get(server, "/api/articles/" + encoded);
    REQUIRE(article.status == 200);
    const nlohmann::json json = nlohmann::json::parse(article.body);
    CHECK(json["format_version"] == 1);
    CHECK(json["article"]["id"] == ids[0]);
    CHECK(json["article"]["title"] == "Putin Announces Plans To Visit China In May");
    CHECK(json["article"]["body"].get<std::string>().size() > 100);
    CHECK(json["copies"].is_array());

    const httplib::Response similar = get(server, "/api/articles/" + encoded + "/similar?limit=3");
    CHECK(similar.status == 200);
    CHECK(similar.body ==
          corpus().search({"--format", "json", "--limit", "3", "--like", ids[0]}).out);

    const httplib::Response stats = get(server, "/api/stats");
    CHECK(stats.status == 200);
    CHECK(nlohmann::json::parse(stats.body)["articles"] == articles_in(corpus()));
    const httplib::Response health = get(server, "/healthz");
    CHECK(health.status == 200);
    CHECK(health.body ==
          "{\"status\":\"ok\",\"articles\":" + std::to_string(articles_in(corpus())) + "}\n");
  }

  TEST_CASE("errors: unknown article 404, bad query 400, unknown path 404, other methods 405") {
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    httplib::Response response = get(server, "/api/articles/no%2Fsuch%2Farticle");
    CHECK(response.status == 404);
    CHECK(error_kind(response) == "not_found");
    for (const std::string target :
         {"/api/search?q=china&limit=0", "/api/search?q=china&limit=101",
          "/api/search?q=china&sort=bogus", "/api/search?q=china&histogram=hour",
          "/api/search?q=china&limt=5", "/api/search?q=a&q=b", "/api/search?q=china&since=notadate",
          "/api/search"}) {
      CAPTURE(target);
      response = get(server, target);
      CHECK(response.status == 400);
      CHECK(error_kind(response) == "bad_request");
    }
    response = get(server, "/nothing/here");
    CHECK(response.status == 404);
    CHECK(error_kind(response) == "not_found");
    httplib::Client client = server.client();
    for (const char* method : {"PUT", "DELETE", "PATCH", "OPTIONS"}) {
      httplib::Request request;
      request.method = method;
      request.path = "/api/search?q=china";
      const httplib::Result result = client.send(request);
      REQUIRE(result);
      CHECK(result->status == 405);
      check_safety_headers(*result);
    }
    const httplib::Result post =
        client.Post("/api/search", "q=china", "application/x-www-form-urlencoded");
    REQUIRE(post);
    CHECK(post->status == 405);
  }

  TEST_CASE("bug: the body of a refused request is served as the next request") {
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    const std::string answer = raw_exchange(
        server.port(), "PUT /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 27\r\n\r\n"
                       "GET /api/stats HTTP/1.1\r\n\r\n");
    CHECK(answer.starts_with("HTTP/1.1 405 "));
    CHECK(answer.find("\r\nConnection: close\r\n") != std::string::npos);
    CHECK(answer.find("HTTP/1.1 200") == std::string::npos);
  }

  TEST_CASE("a missing index: 503, and the server still starts") {
    const Sandbox empty;
    const ServerProcess server(empty.db(), {}, empty.dir());
    CHECK(server.errors().find("warning:") != std::string::npos);
    httplib::Response response = get(server, "/api/search?q=china");
    CHECK(response.status == 503);
    CHECK(error_kind(response) == "unavailable");
    response = get(server, "/healthz");
    CHECK(response.status == 503);
    // Once the index exists, it is found without a restart.
    empty.write("in/a.txt", "Title: Wheat in Orenburg\n\nWheat harvest in Orenburg grows.\n");
    REQUIRE(empty.index({"add", "in"}).status == 0);
    CHECK(get(server, "/healthz").status == 200);
  }

  TEST_CASE("articles a writer commits appear without a restart; the server writes nothing") {
    const Sandbox sandbox;
    sandbox.write("in/a.txt", "Title: Wheat in Orenburg\n\nWheat harvest in Orenburg grows.\n");
    REQUIRE(sandbox.index({"add", "in"}).status == 0);
    const std::string before = listing(sandbox.db());
    const ServerProcess server(sandbox.db(), {"--threads", "2"}, sandbox.dir());
    CHECK(nlohmann::json::parse(get(server, "/api/search?q=barley").body)["total"] == 0);
    CHECK(listing(sandbox.db()) == before); // searching wrote nothing
    sandbox.write("in/b.txt", "Title: Barley in Orenburg\n\nBarley harvest in Orenburg falls.\n");
    REQUIRE(sandbox.index({"add", "in"}).status == 0);
    for (int i = 0; i < 4; ++i) // each worker sees the commit
      CHECK(nlohmann::json::parse(get(server, "/api/search?q=barley").body)["total"] == 1);
  }

  TEST_CASE("no search fails while news-index commits, and each commit shows") {
    const Sandbox sandbox;
    sandbox.write("in/first.txt", "Title: Wheat in Orenburg\n\nWheat harvest in Orenburg.\n");
    REQUIRE(sandbox.index({"add", "in"}).status == 0);
    for (int i = 0; i < 300; ++i)
      sandbox.write("in/more/" + std::to_string(i) + ".txt",
                    "Title: Wheat report " + std::to_string(i) +
                        "\n\nWheat prices, report number " + std::to_string(i) +
                        " of the season in Orenburg.\n");
    const ServerProcess server(sandbox.db(), {"--threads", "2"}, sandbox.dir());
    std::atomic<bool> indexing{true};
    int indexed = -1;
    std::thread writer([&] {
      indexed = sandbox.index({"add", "--batch-size", "10", "in"}).status; // 30 commits
      indexing = false;
    });
    int requests = 0, failed = 0;
    long long last_total = 0;
    bool never_fewer = true;
    while (indexing || requests == 0) {
      httplib::Client client = server.client();
      const httplib::Result result = client.Get("/api/search?q=wheat&limit=1");
      ++requests;
      if (!result || result->status != 200) {
        ++failed;
        continue;
      }
      const long long total = nlohmann::json::parse(result->body)["total"];
      never_fewer = never_fewer && total >= last_total;
      last_total = total;
    }
    writer.join();
    CHECK(indexed == 0);
    CHECK(failed == 0);
    CHECK(never_fewer);
    CHECK(nlohmann::json::parse(get(server, "/api/search?q=wheat").body)["total"] == 301);
    MESSAGE(requests << " searches during the indexing");
  }

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
    CHECK(response.get_header_value("Location") == "/login");
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
    CHECK(cookie == std::string("news_token=") + kToken + "; HttpOnly; SameSite=Strict; Path=/");
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
                                        " HTTP/1.1\r\nHost: x\r\n\r\n");
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
    const std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: yes\r\n\r\n";
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
    const std::string first = "GET /api/search?q=china HTTP/1.1\r\nHost: x\r\n";
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

  TEST_CASE("the page and its files are served at their paths") {
    const ServerProcess server(corpus().db(), {}, corpus().dir());
    const httplib::Response page = get(server, "/");
    CHECK(page.status == 200);
    CHECK(page.get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page.body.starts_with("<!doctype html>"));
    httplib::Client client = server.client();
    const httplib::Result head = client.Head("/");
    REQUIRE(head);
    CHECK(head->status == 200);
    CHECK(head->body.empty());
  }
}
