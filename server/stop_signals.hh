// SIGTERM and SIGINT, taken from every thread and handed to one watcher
// thread, which asks the server to stop (it then finishes the requests in
// flight): no signal handler runs inside a request.
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace news {

class StopSignals {
public:
  /**
   * Blocks SIGTERM and SIGINT in the calling thread, and so in every thread
   * it starts from now on; construct it before any other thread.
   */
  StopSignals();
  /** Ends the watcher, if still running (the signals stay blocked: the process is ending). */
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  /**
   * Starts the watcher: on the first signal it calls `stop`, and again
   * every 50 ms until this object is destroyed (a stop asked before the
   * server listens would otherwise be lost).
   */
  void watch(std::function<void()> stop);

  /** Ends the watcher; call it before what `stop` uses goes away. */
  void stop_watching();

  /** Whether a signal came. */
  bool received() const { return received_.load(); }

private:
  int signal_fd_ = -1;
  int wake_fd_ = -1;
  std::atomic<bool> received_{false};
  std::thread watcher_;
};

} // namespace news
