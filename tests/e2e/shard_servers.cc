#include "tests/e2e/shard_servers.hh"

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace news::test {

namespace {

// A loopback port no one listens on now (the kernel's choice).
unsigned free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    throw std::runtime_error("no free loopback port");
  close(fd);
  return ntohs(address.sin_port);
}

bool listening(unsigned port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

pid_t start_server(unsigned port, const std::filesystem::path& database) {
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const std::string port_text = std::to_string(port);
    // Its messages (a connection closed, by the indexer killed on purpose) to its log.
    const std::string log = database.string() + ".log";
    const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    execlp("xapian-tcpsrv", "xapian-tcpsrv", "--writable", "--quiet", "--interface", "127.0.0.1",
           "--port", port_text.c_str(), database.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

} // namespace

ShardServers::ShardServers(unsigned count, const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  try {
    for (unsigned i = 0; i < count; ++i) {
      bool up = false;
      for (int attempt = 0; attempt < 5 && !up; ++attempt) { // the port may be taken meanwhile
        const unsigned port = free_port();
        const pid_t pid = start_server(port, folder / std::to_string(i));
        for (int wait = 0; wait < 200 && !up; ++wait) {
          std::this_thread::sleep_for(std::chrono::milliseconds(25));
          up = listening(port);
          int status = 0;
          if (!up && waitpid(pid, &status, WNOHANG) == pid) break; // it exited
        }
        if (up) {
          pids_.push_back(pid);
          addresses_.push_back("127.0.0.1:" + std::to_string(port));
        } else {
          kill(pid, SIGKILL);
          waitpid(pid, nullptr, 0);
        }
      }
      if (!up) throw std::runtime_error("xapian-tcpsrv did not start (is xapian-tools installed?)");
    }
  } catch (...) {
    stop();
    throw;
  }
}

ShardServers::~ShardServers() { stop(); }

void ShardServers::stop() {
  for (const pid_t pid : pids_)
    kill(pid, SIGKILL);
  for (const pid_t pid : pids_)
    waitpid(pid, nullptr, 0);
  pids_.clear();
}

} // namespace news::test
