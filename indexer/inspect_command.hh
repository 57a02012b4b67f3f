// `news-index inspect FILE...`: shows what the indexer reads from files,
// without touching the database.
#pragma once

#include <string>
#include <vector>

namespace news {

/** Runs `inspect` with the arguments after the subcommand; returns the exit status. */
int run_inspect_command(const std::vector<std::string>& args);

} // namespace news
