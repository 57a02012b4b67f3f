// What went wrong with a request, as the API says it: one kind, one HTTP
// status, one name (docs/http-api.md), and the JSON body
// {"error": {"kind": K, "message": M}} every error response carries.
#pragma once

#include <string>
#include <string_view>

#include "common/error.hh"

namespace news {

enum class HttpErrorKind {
  BadRequest,       /**< 400: a bad query or parameter */
  Unauthorized,     /**< 401: no or a wrong access token */
  Forbidden,        /**< 403: a Host header the server does not answer to (DNS rebinding) */
  NotFound,         /**< 404: no such article or path */
  MethodNotAllowed, /**< 405: only GET and HEAD (and POST /login) */
  RequestTimeout,   /**< 408: the client took too long to send its request */
  TooLarge,         /**< 413: request line, headers or body too large */
  Unavailable,      /**< 503: the index is missing, damaged or locked */
  Timeout,          /**< 503: the search took longer than --timeout */
  Internal          /**< 500: anything else */
};

/** The HTTP status and the name of each kind. */
struct HttpErrorInfo {
  int status;
  std::string_view name;
};

/** The status and name of `kind`. */
HttpErrorInfo http_error_info(HttpErrorKind kind);

/** The kind of a news::Error, from its ErrorKind. */
HttpErrorKind http_error_kind(ErrorKind kind);

/** The HTTP status a status-only error of the library (404, 413, 414, 400...) is reported as. */
HttpErrorKind http_error_kind_of_status(int status);

/** {"error":{"kind":"...","message":"..."}} followed by a newline. */
std::string error_json(HttpErrorKind kind, std::string_view message);

} // namespace news
