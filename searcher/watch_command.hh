// `news-search watch NAME`: the articles that match the saved search NAME
// and arrived since the last run for that name (arrivals.hh, watch_state.hh),
// as a mail-ready digest or JSON Lines, for one cron line after the indexing
// job. Exit status 0 with news, 1 without; the first run for a name reports
// nothing old (it marks where the next one starts and says so on stderr).
#pragma once

#include <string>
#include <vector>

namespace news {

/** Runs it with the arguments after `watch`; returns the exit status, throws news::Error. */
int run_watch_command(const std::vector<std::string>& args);

} // namespace news
