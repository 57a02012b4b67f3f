// A shard's writer thread (indexer/shard_worker): tasks run in order on its
// own thread, and a task's failure reaches the thread that hands work over.
#include <doctest/doctest.h>

#include <stdexcept>
#include <thread>

#include "indexer/shard_worker.hh"

using namespace news;

namespace {

std::unique_ptr<IndexWriter> in_memory_writer() {
  return std::make_unique<IndexWriter>(
      Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY), WriterRole::Part);
}

} // namespace

TEST_CASE("a shard worker runs its tasks in order, on a thread of its own") {
  ShardWorker worker(in_memory_writer());
  worker.start();
  std::vector<int> order;
  std::thread::id ran_on;
  for (int i = 0; i < 200; ++i) // more than its queue holds: post waits
    worker.post([&order, &ran_on, i](IndexWriter& writer, Tally& tally) {
      order.push_back(i);
      ran_on = std::this_thread::get_id();
      writer.database().add_document(Xapian::Document());
      ++tally.added;
    });
  worker.drain();
  REQUIRE(order.size() == 200);
  for (int i = 0; i < 200; ++i)
    CHECK(order[i] == i);
  CHECK(ran_on != std::this_thread::get_id());
  CHECK(worker.tally().added == 200);
  CHECK(worker.writer().database().get_doccount() == 200);
}

TEST_CASE("a task that fails stops the worker, and the error comes back to the caller") {
  ShardWorker worker(in_memory_writer());
  worker.start();
  bool ran_after = false;
  worker.post([](IndexWriter&, Tally&) { throw std::runtime_error("disk full"); });
  CHECK_THROWS_WITH(worker.drain(), "disk full");
  CHECK_THROWS_WITH(worker.post([&](IndexWriter&, Tally&) { ran_after = true; }), "disk full");
  worker.stop();
  CHECK(!ran_after);
  CHECK(worker.error() != nullptr);
}
