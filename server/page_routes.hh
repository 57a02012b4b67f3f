// The page's files (web_assets.hh), each served at its path.
#pragma once

#include <string_view>

#include <httplib.h>

namespace news {

/** Adds a route for each of the page's files. */
void add_page_routes(httplib::Server& server);

/** Whether `path` is one of the page's files. */
bool is_page_asset(std::string_view path);

} // namespace news
