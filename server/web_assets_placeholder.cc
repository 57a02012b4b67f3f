// PLACEHOLDER for the serve/http branch only: the page itself is server/web/
// (news_web_assets from server/web/CMakeLists.txt), which replaces this file
// when the branches are merged.
#include "server/web_assets.hh"

#include <array>

namespace news {
namespace {

constexpr std::array<WebAsset, 1> kAssets{{
    {"/", "text/html; charset=utf-8",
     "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>news-search</title>"
     "</head><body><p>news-search: the page is not part of this build; the API is under "
     "/api/.</p></body></html>\n"},
}};

} // namespace

std::span<const WebAsset> web_assets() { return kAssets; }

} // namespace news
