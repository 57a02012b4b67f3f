#include "searcher/deadline.hh"

#include <cstdio>
#include <string>

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Runs `body` in a child process with stderr in a pipe: its exit status and
// what it wrote there.
template <typename Body> std::pair<int, std::string> in_child(Body body) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    body();
    _exit(0);
  }
  close(fds[1]);
  std::string err;
  char buffer[256];
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
    err.append(buffer, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, err};
}

} // namespace

TEST_SUITE("search deadline") {
  TEST_CASE("a search past its deadline ends with one line and exit status 2") {
    const auto [status, err] = in_child([] {
      news::set_search_deadline(1);
      for (int i = 0; i < 30; ++i)
        sleep(1); // a long match; without a deadline, the child ends with 0
    });
    CHECK(status == 2);
    CHECK(err == "news-search: the search took longer than 1 s (--timeout); narrow the query "
                 "down\n");
  }

  TEST_CASE("a disarmed deadline never fires") {
    const auto [status, err] = in_child([] {
      news::set_search_deadline(1);
      news::set_search_deadline(0);
      sleep(2);
    });
    CHECK(status == 0);
    CHECK(err == "");
  }
}
