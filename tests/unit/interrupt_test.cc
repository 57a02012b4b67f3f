// SIGINT and SIGTERM: the first asks the run to stop, a second ends it at once.
#include <csignal>
#include <utility>

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "indexer/interrupt.hh"

namespace {

// Runs `body` in a child process and returns how it ended (waitpid status).
template <typename Body> int in_child(Body body) {
  const pid_t child = fork();
  if (child == 0) {
    body();
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return status;
}

} // namespace

TEST_CASE("one SIGTERM or SIGINT sets the flag and the process goes on") {
  for (int signal : {SIGINT, SIGTERM}) {
    CAPTURE(signal);
    const int status = in_child([signal] {
      news::install_interrupt_handlers();
      std::raise(signal); // handled before raise returns
      _exit(news::interrupt_signal() == signal ? 0 : 3);
    });
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
}

TEST_CASE("bug: a run stuck inside libxapian ignores every SIGINT and SIGTERM") {
  // The flag is only read between articles: a second signal must not wait for it.
  for (auto [first, second] : {std::pair{SIGINT, SIGINT}, std::pair{SIGTERM, SIGTERM},
                               std::pair{SIGINT, SIGTERM}, std::pair{SIGTERM, SIGINT}}) {
    CAPTURE(first);
    CAPTURE(second);
    const int status = in_child([first, second] {
      news::install_interrupt_handlers();
      std::raise(first);
      if (news::interrupt_signal() != first) _exit(3);
      std::raise(second);
      _exit(4); // still running: the second signal was only remembered
    });
    const bool killed = WIFSIGNALED(status);
    CHECK(killed);
    if (killed) CHECK(WTERMSIG(status) == second);
  }
}
