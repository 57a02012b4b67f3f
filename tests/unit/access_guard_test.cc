#include "server/access_guard.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

const std::optional<std::string> kToken = "0123456789abcdef";

bool is_asset(std::string_view path) { return path == "/" || path == "/assets/app.js"; }

Access check(std::string_view method, std::string_view path, std::string_view authorization = {},
             std::string_view cookie = {}, const std::optional<std::string>& token = kToken) {
  return check_access({method, path, authorization, cookie}, token, is_asset);
}

} // namespace

TEST_SUITE("access guard") {
  TEST_CASE("only GET and HEAD, and POST /login when there is a token") {
    const std::optional<std::string> none;
    CHECK(check("GET", "/api/stats", {}, {}, none) == Access::Allowed);
    CHECK(check("HEAD", "/api/stats", {}, {}, none) == Access::Allowed);
    for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
      CHECK(check(method, "/api/search", {}, {}, none) == Access::MethodNotAllowed);
    CHECK(check("POST", "/login", {}, {}, none) == Access::MethodNotAllowed);
    CHECK(check("POST", "/login") == Access::Allowed);
    CHECK(check("DELETE", "/api/search", "Bearer 0123456789abcdef") == Access::MethodNotAllowed);
  }

  TEST_CASE("with a token, the API needs it in the Authorization header or the cookie") {
    CHECK(check("GET", "/api/search") == Access::Unauthorized);
    CHECK(check("GET", "/api/search", "Bearer 0123456789abcdef") == Access::Allowed);
    CHECK(check("GET", "/api/search", "Bearer 0123456789abcdeX") == Access::Unauthorized);
    CHECK(check("GET", "/api/search", "Basic 0123456789abcdef") == Access::Unauthorized);
    CHECK(check("GET", "/api/search", {}, "news_token=0123456789abcdef") == Access::Allowed);
    CHECK(check("GET", "/api/search", {}, "news_token=0123456789abcde") == Access::Unauthorized);
    CHECK(check("GET", "/api/articles/x", {}, "other=0123456789abcdef") == Access::Unauthorized);
  }

  TEST_CASE("with a token, the page sends to the login form, what holds no article stays open") {
    CHECK(check("GET", "/") == Access::LogIn);
    CHECK(check("GET", "/", {}, "news_token=0123456789abcdef") == Access::Allowed);
    CHECK(check("GET", "/login") == Access::Allowed);
    CHECK(check("GET", "/healthz") == Access::Allowed);
    CHECK(check("GET", "/assets/app.js") == Access::Allowed);
    CHECK(check("GET", "/assets/other.js") == Access::Unauthorized);
  }

  TEST_CASE("bug: a GET or HEAD with a body is let in (its body would be the next request)") {
    const std::optional<std::string> none;
    for (const char* method : {"GET", "HEAD"}) {
      CHECK(check_access({method, "/healthz", {}, {}, true}, none, is_asset) ==
            Access::BodyNotAllowed);
      CHECK(check_access({method, "/healthz", {}, {}, false}, none, is_asset) == Access::Allowed);
    }
    CHECK(check_access({"POST", "/login", {}, {}, true}, kToken, is_asset) == Access::Allowed);
  }

  TEST_CASE("bug: without a token any Host is served (DNS rebinding)") {
    const std::vector<std::string> none;
    for (const char* host : {"localhost", "localhost:8080", "LocalHost:1", "127.0.0.1:8080",
                             "127.0.0.1", "[::1]:8080", "[::1]"})
      CHECK(host_allowed(host, none));
    for (const char* host : {"attacker.example:8080", "attacker.example", "", "127.0.0.2",
                             "localhost.attacker.example", "[::2]:80", "news.example.org"})
      CHECK_FALSE(host_allowed(host, none));
    const std::vector<std::string> allowed{"news.example.org", "10.0.0.5", "fe80::1"};
    CHECK(host_allowed("News.Example.Org", allowed));
    CHECK(host_allowed("10.0.0.5:8080", allowed));
    CHECK(host_allowed("[fe80::1]:8080", allowed));
    CHECK_FALSE(host_allowed("example.org", allowed));
  }

  TEST_CASE("bug: after login the page is always /: next is kept, only a local path") {
    for (const char* next : {"/", "/?q=china&sort=newest", "/index.html#x"})
      CHECK(is_local_path(next));
    for (const char* next : {"", "//attacker.example/", "https://attacker.example/", "/\\evil",
                             "\\/evil", "/a\r\nSet-Cookie: x=1", "javascript:alert(1)", "x/"})
      CHECK_FALSE(is_local_path(next));
  }
}
