#include "common/cli.hh"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <system_error>

#include <fmt/core.h>
#include <unistd.h>
#include <xapian.h>

#include "common/database.hh"
#include "common/error.hh"

namespace news {
namespace {

bool is_broken_pipe(const std::system_error& e) { return e.code().value() == EPIPE; }

// Flushes stdout; a reader that went away is fine, any other failure is not.
int finish_output(std::string_view program, int status) {
  if (std::fflush(stdout) != 0 && errno != EPIPE) {
    fmt::print(stderr, "{}: error writing output: {}\n", program, std::strerror(errno));
    return static_cast<int>(ExitCode::Failure);
  }
  return status;
}

} // namespace

int run_main(std::string_view program, const std::function<int()>& body) {
  // With SIGPIPE ignored, a write to a closed pipe fails with EPIPE instead
  // of killing the process, and we can end quietly.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return finish_output(program, body());
  } catch (const Error& e) {
    fmt::print(stderr, "{}: {}\n", program, e.what());
    if (!e.hint().empty()) fmt::print(stderr, "{}: hint: {}\n", program, e.hint());
    return static_cast<int>(e.code());
  } catch (const Xapian::Error& e) {
    const Error error = explain_database_error(e);
    fmt::print(stderr, "{}: {}\n", program, error.what());
    if (!error.hint().empty()) fmt::print(stderr, "{}: hint: {}\n", program, error.hint());
    return static_cast<int>(error.code());
  } catch (const std::system_error& e) {
    if (is_broken_pipe(e)) return 0;
    fmt::print(stderr, "{}: {}\n", program, e.what());
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}: internal error: {}\n", program, e.what());
  }
  return static_cast<int>(ExitCode::Failure);
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

} // namespace news
