#include "server/access_guard.hh"

#include <algorithm>
#include <cctype>

#include "server/access_token.hh"
#include "server/http_error.hh"
#include "server/response_headers.hh"

namespace news {
namespace {

constexpr std::string_view kLoginPath = "/login";

bool is_page(std::string_view path) { return path == "/" || path == "/index.html"; }

std::string html_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

/** The login form, which carries `next` on; no script, no style: the Content-Security-Policy allows
 * none inline. */
std::string login_page(bool failed, std::string_view next) {
  std::string page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                     "<title>news-search: log in</title></head><body><main>"
                     "<h1>news-search</h1>";
  if (failed) page += "<p role=\"alert\">That token is not the right one.</p>";
  page += "<form method=\"post\" action=\"/login\">"
          "<label for=\"token\">Access token</label> "
          "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" "
          "required autofocus> <button type=\"submit\">Log in</button>";
  if (is_local_path(next))
    page += "<input type=\"hidden\" name=\"next\" value=\"" + html_escaped(next) + "\">";
  page += "</form></main></body></html>\n";
  return page;
}

/** `text` with every byte but A-Z a-z 0-9 - . _ ~ as %XX, for a URL parameter. */
std::string percent_encoded(std::string_view text) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

/** A form field of a urlencoded body; never one of the URL, which logs and histories keep. */
std::string form_field(const std::string& body, const std::string& name) {
  httplib::Params params;
  httplib::detail::parse_query_text(body, params);
  const auto found = params.find(name);
  return found != params.end() ? found->second : std::string();
}

void set_error(httplib::Response& response, HttpErrorKind kind, std::string_view message) {
  response.status = http_error_info(kind).status;
  response.set_content(error_json(kind, message), std::string(kJsonType));
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

/** The name or address of a Host header, without its port; [::1] stays bracketed. */
std::string_view host_name(std::string_view host) {
  if (host.starts_with('[')) return host.substr(0, host.find(']') + 1);
  return host.substr(0, host.find(':'));
}

} // namespace

bool is_local_path(std::string_view next) {
  return next.starts_with('/') && !next.starts_with("//") &&
         std::none_of(next.begin(), next.end(), [](char c) {
           return c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
         });
}

bool host_allowed(std::string_view host, const std::vector<std::string>& allowed) {
  const std::string_view name = host_name(host);
  for (std::string_view local : {"localhost", "127.0.0.1", "[::1]"})
    if (same_name(name, local)) return true;
  return std::any_of(allowed.begin(), allowed.end(), [name](const std::string& entry) {
    const bool v6 = entry.find(':') != std::string::npos && !entry.starts_with('[');
    return same_name(name, v6 ? "[" + entry + "]" : entry);
  });
}

Access check_access(const AccessRequest& request, const std::optional<std::string>& token,
                    const std::function<bool(std::string_view)>& is_open_path) {
  const bool reads = request.method == "GET" || request.method == "HEAD";
  const bool logs_in = request.method == "POST" && request.path == kLoginPath && token;
  if (!reads && !logs_in) return Access::MethodNotAllowed;
  if (reads && request.has_body) return Access::BodyNotAllowed;
  if (!token || request.path == kLoginPath || request.path == "/healthz") return Access::Allowed;
  if (!is_page(request.path) && is_open_path(request.path)) return Access::Allowed;
  const std::optional<std::string_view> bearer = bearer_token(request.authorization);
  if (bearer && tokens_equal(*bearer, *token)) return Access::Allowed;
  const std::optional<std::string_view> cookie = cookie_value(request.cookie, kTokenCookie);
  if (cookie && tokens_equal(*cookie, *token)) return Access::Allowed;
  return is_page(request.path) ? Access::LogIn : Access::Unauthorized;
}

void install_access_guard(httplib::Server& server, std::optional<std::string> token,
                          std::function<bool(std::string_view)> is_open_path,
                          std::vector<std::string> allowed_hosts) {
  server.set_pre_routing_handler([token, is_open_path, allowed_hosts](
                                     const httplib::Request& request, httplib::Response& response) {
    if (!token && !host_allowed(request.get_header_value("Host"), allowed_hosts)) {
      set_error(response, HttpErrorKind::Forbidden,
                "this server does not answer to that Host (start it with --allowed-host "
                "NAME to add one)");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string authorization = request.get_header_value("Authorization");
    const std::string cookie = request.get_header_value("Cookie");
    const bool has_body =
        request.has_header("Transfer-Encoding") ||
        request.get_header_value("Content-Length").find_first_not_of("0") != std::string::npos;
    switch (check_access({request.method, request.path, authorization, cookie, has_body}, token,
                         is_open_path)) {
    case Access::Allowed:
      return httplib::Server::HandlerResponse::Unhandled;
    case Access::MethodNotAllowed:
      response.set_header("Allow", "GET, HEAD");
      set_error(response, HttpErrorKind::MethodNotAllowed,
                request.method + " is not allowed: this server only reads (GET, HEAD)");
      break;
    case Access::Unauthorized:
      response.set_header("WWW-Authenticate", "Bearer");
      set_error(response, HttpErrorKind::Unauthorized,
                "this server needs its access token: send Authorization: Bearer TOKEN");
      break;
    case Access::BodyNotAllowed:
      // The body is not read: HttpServer closes the connection after a 400.
      set_error(response, HttpErrorKind::BadRequest,
                request.method + " with a body is refused (the body would be read as the "
                                 "next request)");
      break;
    case Access::LogIn:
      response.status = 303;
      response.set_header("Location",
                          std::string(kLoginPath) + "?next=" + percent_encoded(request.target));
      break;
    }
    return httplib::Server::HandlerResponse::Handled;
  });
  if (!token) return;
  server.Get(std::string(kLoginPath),
             [](const httplib::Request& request, httplib::Response& response) {
               response.set_content(login_page(false, request.get_param_value("next")),
                                    "text/html; charset=utf-8");
             });
  server.Post(std::string(kLoginPath),
              [token](const httplib::Request& request, httplib::Response& response) {
                if (tokens_equal(form_field(request.body, "token"), *token)) {
                  const std::string next = form_field(request.body, "next");
                  const bool tls = request.get_header_value("X-Forwarded-Proto") == "https";
                  response.status = 303;
                  response.set_header("Location", is_local_path(next) ? next : "/");
                  response.set_header("Set-Cookie", login_cookie(*token, tls));
                  return;
                }
                response.status = 401;
                response.set_content(login_page(true, form_field(request.body, "next")),
                                     "text/html; charset=utf-8");
              });
}

} // namespace news
