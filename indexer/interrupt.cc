#include "indexer/interrupt.hh"

#include <atomic>
#include <csignal>

namespace news {
namespace {

// Set by the handler, read from any thread: a lock-free atomic is both safe
// in a signal handler and well defined across threads (a volatile
// sig_atomic_t is only the first).
std::atomic<int> received{0};
static_assert(std::atomic<int>::is_always_lock_free);

// The first signal asks the run to stop at the next article; the handlers go
// with it, so that a second one ends the process at once, even one stuck
// inside libxapian that never reaches the next article (sigaction is
// async-signal-safe).
extern "C" void remember_signal(int signal) {
  received.store(signal, std::memory_order_relaxed);
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(SIGINT, &fallback, nullptr);
  sigaction(SIGTERM, &fallback, nullptr);
}

} // namespace

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = remember_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() { return received.load(std::memory_order_relaxed); }

} // namespace news
