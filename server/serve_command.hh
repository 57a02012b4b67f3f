// `news-search serve`: the web page and the HTTP API over the index.
#pragma once

#include <string>
#include <vector>

namespace news {

/**
 * Runs the server with the arguments after `serve` until SIGTERM or
 * SIGINT, then finishes the requests in flight; returns the exit status
 * (0 after a signal). Throws news::Error on a usage error (exit status 2).
 */
int run_serve(const std::vector<std::string>& args);

} // namespace news
