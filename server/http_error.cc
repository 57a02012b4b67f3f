#include "server/http_error.hh"

#include <nlohmann/json.hpp>

namespace news {

HttpErrorInfo http_error_info(HttpErrorKind kind) {
  switch (kind) {
  case HttpErrorKind::BadRequest:
    return {400, "bad_request"};
  case HttpErrorKind::Unauthorized:
    return {401, "unauthorized"};
  case HttpErrorKind::NotFound:
    return {404, "not_found"};
  case HttpErrorKind::Forbidden:
    return {403, "forbidden"};
  case HttpErrorKind::MethodNotAllowed:
    return {405, "method_not_allowed"};
  case HttpErrorKind::RequestTimeout:
    return {408, "request_timeout"};
  case HttpErrorKind::TooLarge:
    return {413, "too_large"};
  case HttpErrorKind::Unavailable:
    return {503, "unavailable"};
  case HttpErrorKind::Timeout:
    return {503, "timeout"};
  case HttpErrorKind::Internal:
    break;
  }
  return {500, "internal"};
}

HttpErrorKind http_error_kind(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::Usage:
    return HttpErrorKind::BadRequest;
  case ErrorKind::NotFound:
    return HttpErrorKind::NotFound;
  case ErrorKind::Database:
  case ErrorKind::Locked:
    return HttpErrorKind::Unavailable;
  case ErrorKind::Timeout:
    return HttpErrorKind::Timeout;
  case ErrorKind::Failure:
    break;
  }
  return HttpErrorKind::Internal;
}

HttpErrorKind http_error_kind_of_status(int status) {
  switch (status) {
  case 400:
  case 416:
    return HttpErrorKind::BadRequest;
  case 401:
    return HttpErrorKind::Unauthorized;
  case 403:
    return HttpErrorKind::Forbidden;
  case 404:
    return HttpErrorKind::NotFound;
  case 405:
    return HttpErrorKind::MethodNotAllowed;
  case 408:
    return HttpErrorKind::RequestTimeout;
  case 413:
  case 414:
  case 431:
    return HttpErrorKind::TooLarge;
  case 503:
    return HttpErrorKind::Unavailable;
  default:
    return HttpErrorKind::Internal;
  }
}

std::string error_json(HttpErrorKind kind, std::string_view message) {
  const nlohmann::ordered_json body = {
      {"error", {{"kind", http_error_info(kind).name}, {"message", message}}}};
  // Messages quote what the client sent, which need not be UTF-8.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

} // namespace news
