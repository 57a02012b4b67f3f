// Xapian's own remote server, xapian-tcpsrv (Debian's xapian-tools), run on
// a free loopback port over one database, as a shard of a search.
#pragma once

#include <filesystem>
#include <string>

namespace news::test {

class TcpServer {
public:
  /** Starts `xapian-tcpsrv --interface 127.0.0.1 --port P DB` (a free port) and waits until it
   *  accepts connections; throws std::runtime_error when it does not. */
  explicit TcpServer(const std::filesystem::path& db);
  /** Kills the server and the children it forked for its connections. */
  ~TcpServer();
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  int port() const { return port_; }
  /** `remote 127.0.0.1:PORT`, as --db and stub files take it. */
  std::string spec() const;
  /** The shard as news-search names it: `127.0.0.1:PORT`. */
  std::string name() const;
  /** SIGKILL to the server and its children (as a machine that goes down), waited for. */
  void kill();

private:
  int pid_ = -1;
  int port_ = 0;
};

/** Whether xapian-tcpsrv is installed. */
bool have_tcpsrv();

} // namespace news::test
