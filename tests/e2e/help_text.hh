// The help texts of both tools, and what they name (options, commands, exit
// statuses, search fields), for the tests that check the man pages and the
// completion scripts against them, so that neither can drift from --help.
#pragma once

#include <set>
#include <string>

namespace news::test {

/** `news-search --help`, then a line `$ news-search serve --help` and its help. */
std::string search_help();

/** `news-index --help`, then each command's `--help`, each after a line `$ news-index COMMAND
 * --help`. */
std::string index_help();

/** The commands `news-index --help` lists. */
std::set<std::string> index_commands();

/** Every option named in a help text: `--long` and `-x`. */
std::set<std::string> options_in(const std::string& help);

/** The exit statuses of the help's "Exit status:" paragraph. */
std::set<std::string> exit_statuses_in(const std::string& help);

} // namespace news::test
