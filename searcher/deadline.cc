#include "searcher/deadline.hh"

#include <csignal>
#include <cstring>

#include <fmt/core.h>
#include <sys/time.h>
#include <unistd.h>

#include "common/error.hh"

namespace news {
namespace {

// Written by the signal handler, which may only call write() and _exit().
char message[160];
std::size_t message_length = 0;

extern "C" void on_deadline(int) {
  const ssize_t written = write(STDERR_FILENO, message, message_length);
  (void)written;
  _exit(static_cast<int>(ExitCode::Failure));
}

} // namespace

void set_search_deadline(unsigned seconds) {
  itimerval timer{};
  if (seconds > 0) {
    const auto result = fmt::format_to_n(
        message, sizeof message - 1,
        "news-search: the search took longer than {} s (--timeout); narrow the query down\n",
        seconds);
    message_length = result.size < sizeof message ? result.size : sizeof message - 1;
    std::signal(SIGALRM, on_deadline);
    timer.it_value.tv_sec = static_cast<time_t>(seconds);
  }
  setitimer(ITIMER_REAL, &timer, nullptr);
}

} // namespace news
