// Writable Xapian servers for the end-to-end tests of sharded indexes: one
// real `xapian-tcpsrv --writable` per shard, on free loopback ports, each
// stopped (and waited for) when the object goes, a failing test included.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

namespace news::test {

class ShardServers {
public:
  /** Starts `count` servers, shard I's database in `folder`/I; throws when one does not listen. */
  ShardServers(unsigned count, const std::filesystem::path& folder);
  ~ShardServers();
  ShardServers(const ShardServers&) = delete;
  ShardServers& operator=(const ShardServers&) = delete;

  /** "127.0.0.1:PORT" of each, for `news-index init --remote`. */
  const std::vector<std::string>& addresses() const { return addresses_; }

private:
  void stop();
  std::vector<pid_t> pids_;
  std::vector<std::string> addresses_;
};

} // namespace news::test
