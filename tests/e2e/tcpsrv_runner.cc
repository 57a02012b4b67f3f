#include "tcpsrv_runner.hh"

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace news::test {
namespace {

using namespace std::chrono_literals;

constexpr const char* kTcpsrv = "/usr/bin/xapian-tcpsrv";

sockaddr_in loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

// A port nobody listens on now: the kernel's pick for port 0, released.
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = loopback(0);
  socklen_t length = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (fd >= 0) close(fd);
    throw std::runtime_error("no free loopback port");
  }
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  const sockaddr_in address = loopback(port);
  const bool connected =
      connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return connected;
}

int spawn(const std::filesystem::path& db, int port) {
  std::vector<std::string> args{
      kTcpsrv, "--interface", "127.0.0.1", "--port", std::to_string(port), "--quiet", db.string()};
  std::vector<char*> argv;
  for (std::string& arg : args)
    argv.push_back(arg.data());
  argv.push_back(nullptr);
  const int pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    setpgid(0, 0); // its own group: killed with the children it forks
    const int null_fd = ::open("/dev/null", O_RDWR);
    if (null_fd < 0) _exit(127);
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    dup2(null_fd, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  setpgid(pid, pid);
  return pid;
}

} // namespace

bool have_tcpsrv() { return access(kTcpsrv, X_OK) == 0; }

TcpServer::TcpServer(const std::filesystem::path& db) {
  // Another process may take the free port first: try a few.
  for (int attempt = 0; attempt < 5 && pid_ < 0; ++attempt) {
    port_ = free_port();
    pid_ = spawn(db, port_);
    for (int i = 0; i < 250; ++i) { // 5 s at most
      if (accepts(port_)) return;
      int raw = 0;
      if (waitpid(pid_, &raw, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(20ms);
    }
    if (pid_ >= 0) kill();
  }
  throw std::runtime_error("xapian-tcpsrv did not start on " + db.string());
}

TcpServer::~TcpServer() { kill(); }

std::string TcpServer::name() const { return "127.0.0.1:" + std::to_string(port_); }

std::string TcpServer::spec() const { return "remote " + name(); }

void TcpServer::kill() {
  if (pid_ < 0) return;
  ::kill(-pid_, SIGKILL);
  int raw = 0;
  waitpid(pid_, &raw, 0);
  pid_ = -1;
  // Its children serving open connections are in the group too: gone with it.
  for (int i = 0; i < 100 && accepts(port_); ++i)
    std::this_thread::sleep_for(10ms);
}

} // namespace news::test
