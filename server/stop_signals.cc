#include "server/stop_signals.hh"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <system_error>

#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace news {
namespace {

sigset_t stop_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

} // namespace

StopSignals::StopSignals() {
  const sigset_t set = stop_set();
  if (pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0)
    throw std::system_error(errno, std::generic_category(), "blocking SIGTERM");
  signal_fd_ = signalfd(-1, &set, SFD_CLOEXEC);
  wake_fd_ = eventfd(0, EFD_CLOEXEC);
  if (signal_fd_ < 0 || wake_fd_ < 0)
    throw std::system_error(errno, std::generic_category(), "signalfd");
}

StopSignals::~StopSignals() {
  stop_watching();
  ::close(signal_fd_);
  ::close(wake_fd_);
  // The signals stay blocked: unblocked, a second SIGTERM sent while
  // stopping would now end the process with that signal, not exit 0.
}

void StopSignals::stop_watching() {
  if (!watcher_.joinable()) return;
  const std::uint64_t one = 1;
  while (::write(wake_fd_, &one, sizeof one) < 0 && errno == EINTR) {
  }
  watcher_.join();
}

void StopSignals::watch(std::function<void()> stop) {
  watcher_ = std::thread([this, stop = std::move(stop)] {
    for (;;) {
      pollfd fds[2] = {{signal_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
      const int ready = ::poll(fds, 2, received_ ? 50 : -1);
      if (ready < 0 && errno != EINTR) return;
      if (fds[1].revents != 0) return;
      if (fds[0].revents != 0) {
        signalfd_siginfo info;
        if (::read(signal_fd_, &info, sizeof info) > 0) received_ = true;
      }
      if (received_) stop();
    }
  });
}

} // namespace news
