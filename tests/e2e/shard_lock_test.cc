// A remote shard's write lock, waited for as a local index's is: the server
// (xapian-tcpsrv --writable) holds a writer's lock until that writer's
// connection ends, a killed news-index's included.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>

#include <fmt/core.h>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/shard_servers.hh"

namespace {

using namespace news::test;

RunResult index_at(const Sandbox& s, const std::string& args) {
  return run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " +
                       shell_quote((s.dir() / "news.stub").string()) + " " + args,
                   s.dir());
}

} // namespace

TEST_SUITE("e2e: remote shard lock") {
  TEST_CASE("bug: a remote shard's write lock was not waited for: a second writer failed at once") {
    Sandbox s;
    ShardServers servers(2, s.dir() / "servers");
    REQUIRE(index_at(s, fmt::format("init --remote {} --remote {}", servers.addresses()[0],
                                    servers.addresses()[1]))
                .status == 0);
    for (int i = 0; i < 6; ++i)
      s.write(fmt::format("arch/{}.txt", i),
              fmt::format("Harbour report {}\nSeals seen in the harbour on day {}.\n", i, i));
    REQUIRE(index_at(s, "add " + shell_quote((s.dir() / "arch").string())).status == 0);

    // Another writer holds the first shard's lock.
    const std::string& address = servers.addresses().front();
    const std::size_t colon = address.rfind(':');
    Xapian::WritableDatabase holder = Xapian::Remote::open_writable(
        address.substr(0, colon), static_cast<unsigned>(std::stoul(address.substr(colon + 1))), 0,
        10000);
    const RunResult at_once = index_at(s, "sync --lock-timeout 0");
    CHECK(at_once.status == 75);

    // It lets go a second after the next sync starts, well within its timeout.
    std::thread release([&holder] {
      std::this_thread::sleep_for(std::chrono::seconds(1));
      holder.close();
    });
    const RunResult waited = index_at(s, "sync --lock-timeout 30");
    release.join();
    CHECK_MESSAGE(waited.status == 0, waited.err);
  }
}
