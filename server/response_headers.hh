// The headers every response carries (docs/http-api.md): a
// Content-Security-Policy that allows only the page's own files, no
// sniffing of content types, no referrer; and no Access-Control-* header,
// so that no other site's scripts may read a response.
#pragma once

#include <array>
#include <string_view>

namespace news {

struct HeaderField {
  std::string_view name, value;
};

inline constexpr std::array<HeaderField, 3> kSecurityHeaders{{
    {"Content-Security-Policy",
     "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
     "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
}};

/** The content type of JSON responses. */
inline constexpr std::string_view kJsonType = "application/json; charset=utf-8";

} // namespace news
