// The page's files, as embedded in the program: all there, byte for byte,
// and written so that the Content-Security-Policy of news-search serve (its
// own scripts and styles only) lets them work.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "server/web_assets.hh"

namespace {

using news::WebAsset;

const WebAsset* asset_at(std::string_view path) {
  const auto assets = news::web_assets();
  const auto found = std::find_if(assets.begin(), assets.end(),
                                  [&](const WebAsset& asset) { return asset.path == path; });
  return found == assets.end() ? nullptr : &*found;
}

std::string page() {
  const WebAsset* index = asset_at("/");
  REQUIRE(index != nullptr);
  return std::string(index->body);
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> matches(const std::string& text, const std::regex& pattern) {
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
       it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1].str());
  return found;
}

} // namespace

TEST_CASE("the page, its script and its style are embedded, with their types") {
  const WebAsset* index = asset_at("/");
  const WebAsset* script = asset_at("/assets/app.js");
  const WebAsset* style = asset_at("/assets/app.css");
  REQUIRE(index != nullptr);
  REQUIRE(script != nullptr);
  REQUIRE(style != nullptr);
  CHECK(index->content_type == "text/html; charset=utf-8");
  CHECK(script->content_type == "text/javascript; charset=utf-8");
  CHECK(style->content_type == "text/css; charset=utf-8");
  CHECK(index->body.starts_with("<!doctype html>"));
  CHECK(news::web_assets().front().path == "/");
  for (const WebAsset& asset : news::web_assets()) {
    CAPTURE(asset.path);
    CHECK(!asset.body.empty());
    CHECK((asset.path == "/" || asset.path.starts_with("/assets/")));
  }
}

TEST_CASE("each embedded file is the file of server/web byte for byte") {
  for (const WebAsset& asset : news::web_assets()) {
    const std::string name =
        asset.path == "/" ? "index.html"
                          : std::string(asset.path.substr(std::string_view("/assets/").size()));
    CAPTURE(name);
    CHECK(asset.body == file_text(std::string(WEB_SOURCE_DIR) + "/" + name));
  }
}

TEST_CASE("the page has no inline script, style or event handler") {
  const std::string html = page();
  const std::regex script_tag(R"(<script\b([^>]*)>([\s\S]*?)</script>)", std::regex::icase);
  int scripts = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), script_tag);
       it != std::sregex_iterator(); ++it, ++scripts) {
    CAPTURE((*it)[0].str());
    CHECK((*it)[1].str().find("src=") != std::string::npos);
    CHECK((*it)[2].str().empty());
  }
  CHECK(scripts == 1);
  CHECK(html.find("<style") == std::string::npos);
  CHECK(!std::regex_search(html, std::regex(R"(\sstyle\s*=)", std::regex::icase)));
  CHECK(!std::regex_search(html, std::regex(R"(\son[a-z]+\s*=)", std::regex::icase)));
  CHECK(!std::regex_search(html, std::regex(R"(javascript:)", std::regex::icase)));
}

TEST_CASE("every file the page and its modules load is embedded") {
  const std::string html = page();
  const auto loaded = matches(html, std::regex(R"((?:src|href)="(/assets/[^"]+)\")"));
  CHECK(loaded.size() >= 3);
  for (const std::string& path : loaded) {
    CAPTURE(path);
    CHECK(asset_at(path) != nullptr);
  }
  for (const WebAsset& asset : news::web_assets()) {
    if (!asset.path.ends_with(".js")) continue;
    const std::string code(asset.body);
    for (const std::string& module : matches(code, std::regex(R"(from "\./([^"]+)\")"))) {
      CAPTURE(asset.path);
      CAPTURE(module);
      CHECK(asset_at("/assets/" + module) != nullptr);
    }
  }
}

TEST_CASE("the page's scripts never turn text into markup") {
  // Article data is hostile: it is set with textContent and setAttribute only.
  const std::regex markup(
      R"(innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\("(?:style|on))");
  for (const WebAsset& asset : news::web_assets()) {
    if (!asset.path.ends_with(".js")) continue;
    CAPTURE(asset.path);
    CHECK(!std::regex_search(std::string(asset.body), markup));
  }
}
