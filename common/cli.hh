// What both executables do around their real work: print errors as one line,
// map them to exit statuses, and treat a closed output pipe as a normal end.
#pragma once

#include <functional>
#include <string_view>

namespace news {

/**
 * Runs a command's body and returns the process exit status. news::Error is
 * printed as `PROGRAM: message` (and `PROGRAM: hint: ...` when it has one) and
 * gives its code; a Xapian or other exception gives 2; output cut short by a
 * closed pipe (`news-search ... | head`) is not an error.
 */
int run_main(std::string_view program, const std::function<int()>& body);

/** Whether standard output is a terminal (for colour and progress). */
bool stdout_is_terminal();

} // namespace news
