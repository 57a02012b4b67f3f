// The access token that guards a server reachable from the network: read
// from --token-file, sent by API clients as `Authorization: Bearer TOKEN`
// and by the page as the `news_token` cookie that POST /login sets; always
// compared in constant time.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace news {

/** The cookie the login form sets. */
inline constexpr std::string_view kTokenCookie = "news_token";

/**
 * The token: the first line of `file`, without surrounding spaces. Throws
 * news::Error (usage) naming the file when it cannot be read, or when the
 * token is shorter than 16 characters or has characters a cookie or header
 * cannot carry (only printable ASCII but spaces, ';', ',' and '"').
 */
std::string read_token_file(const std::filesystem::path& file);

/** Whether `given` equals `expected`, in a time that depends only on the length of `expected`. */
bool tokens_equal(std::string_view given, std::string_view expected);

/** The token of an `Authorization: Bearer TOKEN` header value, or nullopt. */
std::optional<std::string_view> bearer_token(std::string_view authorization);

/** The value of cookie `name` in a `Cookie:` header value, or nullopt. */
std::optional<std::string_view> cookie_value(std::string_view cookie_header, std::string_view name);

/**
 * The Set-Cookie value that logs the page in with `token`: SameSite=Lax (a
 * shared link opened from mail keeps the login; the API only reads), with
 * Secure when the page came over TLS.
 */
std::string login_cookie(std::string_view token, bool secure = false);

/** How long the login cookie lasts: 30 days. */
inline constexpr long kLoginCookieSeconds = 30L * 24 * 60 * 60;

} // namespace news
