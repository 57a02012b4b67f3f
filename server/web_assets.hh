// The page's files (server/web/), embedded in the executable at build time.
#pragma once

#include <span>
#include <string_view>

namespace news {

struct WebAsset {
  std::string_view path, content_type, body;
};

/** Every file of the page, at the path the server serves it at ("/" for the page itself). */
std::span<const WebAsset> web_assets();

} // namespace news
