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

extern "C" void remember_signal(int signal) { received.store(signal, std::memory_order_relaxed); }

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
