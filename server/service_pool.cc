#include "server/service_pool.hh"

#include <xapian.h>

#include "common/database_set.hh"

namespace news {

ServicePool::ServicePool(std::vector<ShardSpec> shards, ShardOptions options, std::size_t size,
                         std::chrono::milliseconds time_limit)
    : shards_(std::move(shards)), options_(options), time_limit_(time_limit), free_(size) {}

ServicePool::Lease::~Lease() {
  if (service_) pool_->give_back(std::move(service_));
}

ServicePool::Lease ServicePool::acquire() {
  std::unique_ptr<SearchService> service;
  {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return !free_.empty(); });
    service = std::move(free_.back());
    free_.pop_back();
  }
  try {
    if (service) {
      try {
        service->refresh();
      } catch (const Xapian::Error&) {
        // Reopening failed (tables swapped in by a compaction, say): open
        // afresh, which waits out a swap and says what is wrong if not that.
        service.reset();
      }
    }
    if (!service) {
      service = std::make_unique<SearchService>(DatabaseSet(shards_, options_));
      service->set_time_limit(time_limit_);
    }
  } catch (...) {
    give_back(nullptr); // opened afresh by the next request
    throw;
  }
  return Lease(*this, std::move(service));
}

void ServicePool::give_back(std::unique_ptr<SearchService> service) {
  {
    const std::lock_guard lock(mutex_);
    free_.push_back(std::move(service));
  }
  returned_.notify_one();
}

} // namespace news
