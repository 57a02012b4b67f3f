// The search engines of the server's workers: one SearchService (which
// owns its Xapian::Database) per worker, never shared. A request takes one
// from the pool for its duration (a Lease) and gives it back; each is
// opened when first taken, and brought to the index's latest commit each
// time it is taken, so that articles a `news-index sync` commits appear
// without a restart. The index is only ever opened for reading.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "searcher/search_service.hh"

namespace news {

class ServicePool {
public:
  /** `size` services on the shards (database_set.hh), each search limited to `time_limit`
   *  (0: none). */
  ServicePool(std::vector<ShardSpec> shards, ShardOptions options, std::size_t size,
              std::chrono::milliseconds time_limit);

  /** A service taken from the pool; given back when the lease ends. */
  class Lease {
  public:
    Lease(ServicePool& pool, std::unique_ptr<SearchService> service)
        : pool_(&pool), service_(std::move(service)) {}
    ~Lease();
    Lease(Lease&& other) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;

    SearchService& operator*() const { return *service_; }
    SearchService* operator->() const { return service_.get(); }

  private:
    ServicePool* pool_;
    std::unique_ptr<SearchService> service_;
  };

  /**
   * A service on the latest commit, waiting while all are in use. Throws
   * news::Error (the index missing, damaged, locked...) when it cannot be
   * opened or reopened; the next call tries again.
   */
  Lease acquire();

private:
  void give_back(std::unique_ptr<SearchService> service);

  std::vector<ShardSpec> shards_;
  ShardOptions options_;
  std::chrono::milliseconds time_limit_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<SearchService>> free_; /**< null: not opened yet */
};

} // namespace news
