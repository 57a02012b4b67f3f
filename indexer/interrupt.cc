#include "indexer/interrupt.hh"

#include <csignal>

namespace news {
namespace {

volatile std::sig_atomic_t received = 0;

extern "C" void remember_signal(int signal) { received = signal; }

} // namespace

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = remember_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() { return received; }

} // namespace news
