// SIGINT and SIGTERM during indexing: the run stops at the next article,
// commits what is done and exits with 128 + the signal (130, 143). A second
// SIGINT or SIGTERM ends the process at once, as if no handler were there.
#pragma once

namespace news {

/** Installs the handlers; from then on the first signal only sets a flag. */
void install_interrupt_handlers();

/** The signal received, or 0. */
int interrupt_signal();

} // namespace news
