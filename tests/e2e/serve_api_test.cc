// news-search serve, end to end: the real server on a free loopback port,
// each endpoint against the CLI's output for the same query.
#include <atomic>
#include <chrono>
#include <thread>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/server_runner.hh"

using namespace news::test;
using namespace std::chrono_literals;

namespace {

const Sandbox& corpus() { return indexed_sample_corpus(); }

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
        {{{"q", "china"}, {"facets", "1"}, {"facet_limit", "2"}, {"no_hits", "1"}},
         {"--facets", "--facet-limit", "2", "--no-hits", "china"}},
        {{{"q", "china"}, {"related", "1"}, {"min_count", "1"}, {"no_hits", "1"}},
         {"--related", "--min-count", "1", "--no-hits", "china"}},
        {{{"q", "russia"}, {"related", "1"}, {"sample", "2"}, {"facets", "1"}},
         {"--related", "--sample", "2", "--facets", "russia"}},
        {{{"timeline", "china\nrussia\norg:nato"}, {"histogram", "week"}},
         {"--timeline", "--histogram", "week", "china", "russia", "org:nato"}},
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
        server.port(), "PUT /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: 27\r\n\r\n"
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

  TEST_CASE("articles a writer commits appear without a restart, the server writes nothing") {
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
