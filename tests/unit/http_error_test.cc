#include "server/http_error.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("http errors") {
  TEST_CASE("each kind has its status and name") {
    const auto info = [](HttpErrorKind kind) {
      const HttpErrorInfo i = http_error_info(kind);
      return std::to_string(i.status) + " " + std::string(i.name);
    };
    CHECK(info(HttpErrorKind::BadRequest) == "400 bad_request");
    CHECK(info(HttpErrorKind::Unauthorized) == "401 unauthorized");
    CHECK(info(HttpErrorKind::NotFound) == "404 not_found");
    CHECK(info(HttpErrorKind::MethodNotAllowed) == "405 method_not_allowed");
    CHECK(info(HttpErrorKind::RequestTimeout) == "408 request_timeout");
    CHECK(info(HttpErrorKind::TooLarge) == "413 too_large");
    CHECK(info(HttpErrorKind::Unavailable) == "503 unavailable");
    CHECK(info(HttpErrorKind::Timeout) == "503 timeout");
    CHECK(info(HttpErrorKind::Internal) == "500 internal");
  }

  TEST_CASE("an error's kind gives its status: bad query 400, unknown article 404, index 503") {
    CHECK(http_error_kind(ErrorKind::Usage) == HttpErrorKind::BadRequest);
    CHECK(http_error_kind(ErrorKind::NotFound) == HttpErrorKind::NotFound);
    CHECK(http_error_kind(ErrorKind::Database) == HttpErrorKind::Unavailable);
    CHECK(http_error_kind(ErrorKind::Locked) == HttpErrorKind::Unavailable);
    CHECK(http_error_kind(ErrorKind::Timeout) == HttpErrorKind::Timeout);
    CHECK(http_error_kind(ErrorKind::Failure) == HttpErrorKind::Internal);
  }

  TEST_CASE("statuses the HTTP library sets itself") {
    CHECK(http_error_kind_of_status(404) == HttpErrorKind::NotFound);
    CHECK(http_error_kind_of_status(414) == HttpErrorKind::TooLarge);
    CHECK(http_error_kind_of_status(413) == HttpErrorKind::TooLarge);
    CHECK(http_error_kind_of_status(400) == HttpErrorKind::BadRequest);
    CHECK(http_error_kind_of_status(500) == HttpErrorKind::Internal);
  }

  TEST_CASE("the error body, with bytes that are not UTF-8 replaced") {
    CHECK(error_json(HttpErrorKind::NotFound, "no article \"x\"") ==
          "{\"error\":{\"kind\":\"not_found\",\"message\":\"no article \\\"x\\\"\"}}\n");
    CHECK(error_json(HttpErrorKind::BadRequest, "bad \xff") ==
          "{\"error\":{\"kind\":\"bad_request\",\"message\":\"bad \xEF\xBF\xBD\"}}\n");
  }
}
