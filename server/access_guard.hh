// What a request may reach. Only GET and HEAD (and POST /login); with an
// access token (--token-file), the API and the page only with it: API
// clients send `Authorization: Bearer TOKEN`, the page the cookie that the
// login form (GET /login, POST /login) sets. /healthz, /login and the
// page's static files but the page itself stay open: they hold no article.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <httplib.h>

namespace news {

enum class Access {
  Allowed,
  MethodNotAllowed, /**< 405 */
  Unauthorized,     /**< 401 with a JSON error (the API) */
  LogIn,            /**< 303 to /login (the page) */
  BodyNotAllowed    /**< 400, and the connection closed: a GET or HEAD with a body */
};

/** What a request needs to be let in. */
struct AccessRequest {
  std::string_view method, path;
  std::string_view authorization; /**< the Authorization header, or empty */
  std::string_view cookie;        /**< the Cookie header, or empty */
  /**
   * Content-Length > 0 or any Transfer-Encoding: a body, which httplib
   * reads for POST only (on a GET it would be parsed as the next request).
   */
  bool has_body = false;
};

/**
 * The decision for `request`: `token` is the access token, or nullopt when
 * none is asked; `is_open_path` says which paths need none (the page's
 * static files).
 */
Access check_access(const AccessRequest& request, const std::optional<std::string>& token,
                    const std::function<bool(std::string_view)>& is_open_path);

/**
 * Whether `next` may be where the login form sends back to: a local path
 * (starts with `/`, not `//`; no backslash, no control character), so never another site.
 */
bool is_local_path(std::string_view next);

/**
 * Whether `host` (a Host header: a name or address, and maybe a port) names
 * localhost, 127.0.0.1, [::1] or one of `allowed` (any port, any case).
 * Without a token this keeps out DNS rebinding: a page of attacker.example
 * whose name now resolves to 127.0.0.1 sends `Host: attacker.example`.
 */
bool host_allowed(std::string_view host, const std::vector<std::string>& allowed);

/**
 * Checks every request before routing (check_access; without a token,
 * host_allowed with `allowed_hosts`), answers those it refuses, and, with a
 * token, adds the login form at /login.
 */
void install_access_guard(httplib::Server& server, std::optional<std::string> token,
                          std::function<bool(std::string_view)> is_open_path,
                          std::vector<std::string> allowed_hosts = {});

} // namespace news
