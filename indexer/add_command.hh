// `news-index add PATH...`: index files and folders.
#pragma once

#include <string>
#include <vector>

namespace news {

/** Runs `add` with the arguments after the subcommand; returns the exit status. */
int run_add_command(const std::vector<std::string>& args);

} // namespace news
