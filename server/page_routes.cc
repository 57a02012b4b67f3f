#include "server/page_routes.hh"

#include <string>

#include "server/web_assets.hh"

namespace news {
namespace {

/** `path` as a regular expression that matches it alone (httplib routes are patterns). */
std::string literal_pattern(std::string_view path) {
  std::string pattern;
  for (const char c : path) {
    if (std::string_view(R"(\^$.|?*+()[]{})").find(c) != std::string_view::npos) pattern += '\\';
    pattern += c;
  }
  return pattern;
}

} // namespace

void add_page_routes(httplib::Server& server) {
  for (const WebAsset& asset : web_assets()) {
    server.Get(literal_pattern(asset.path), [&asset](const httplib::Request&,
                                                     httplib::Response& response) {
      response.set_header("Cache-Control", "no-cache");
      response.set_content(asset.body.data(), asset.body.size(), std::string(asset.content_type));
    });
  }
}

bool is_page_asset(std::string_view path) {
  for (const WebAsset& asset : web_assets())
    if (asset.path == path) return true;
  return false;
}

} // namespace news
