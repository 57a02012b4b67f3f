// `news-search show ID...`: each article whole, by its id or its handle
// (article_handle.hh), in text or JSON. An unknown id is one line on stderr,
// the others are still shown, and the exit status is 1.
#pragma once

#include <string>
#include <vector>

namespace news {

/** Runs `show` with the arguments after it; returns the exit status. */
int run_show(const std::vector<std::string>& args);

} // namespace news
