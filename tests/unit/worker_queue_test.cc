#include "server/worker_queue.hh"

#include <atomic>
#include <future>

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("worker queue") {
  TEST_CASE("jobs wait while every worker is busy, and are counted") {
    WorkerQueue queue(1);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::promise<void> started;
    queue.enqueue([&] {
      started.set_value();
      released.wait();
    });
    started.get_future().wait(); // the one worker is busy
    std::atomic<int> ran{0};
    queue.enqueue([&] { ++ran; });
    queue.enqueue([&] { ++ran; });
    CHECK(queue.waiting() == 2);
    release.set_value();
    queue.shutdown(); // runs what was queued, then ends
    CHECK(ran == 2);
    CHECK(queue.waiting() == 0);
  }

  TEST_CASE("each job runs once, on one of the workers") {
    std::atomic<int> ran{0};
    {
      WorkerQueue queue(4);
      for (int i = 0; i < 100; ++i)
        queue.enqueue([&] { ++ran; });
    } // the destructor shuts down
    CHECK(ran == 100);
  }
}
