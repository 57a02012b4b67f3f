#include "tests/e2e/server_runner.hh"

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/e2e/cli_runner.hh"

namespace news::test {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

int status_of(int raw) { return WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw); }

/** Starts NEWS_SEARCH_EXE serve ARGS with stdout and stderr in files; returns the pid. */
int spawn_serve(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
  std::vector<std::string> argv_strings{NEWS_SEARCH_EXE, "serve"};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings)
    argv.push_back(arg.data());
  argv.push_back(nullptr);
  const int pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int null_fd = ::open("/dev/null", O_RDONLY);
    if (out_fd < 0 || err_fd < 0 || null_fd < 0) _exit(127);
    dup2(null_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

fs::path unique_file(const fs::path& scratch, const std::string& suffix) {
  static int counter = 0;
  return scratch / ("serve-" + std::to_string(++counter) + suffix);
}

} // namespace

ServerProcess::ServerProcess(const fs::path& db, const std::vector<std::string>& args,
                             const fs::path& scratch)
    : out_(unique_file(scratch, ".out")), err_(unique_file(scratch, ".err")) {
  std::vector<std::string> all{"--db", db.string(), "--port", "0"};
  all.insert(all.end(), args.begin(), args.end());
  pid_ = spawn_serve(all, out_, err_);
  const std::string marker = "listening on http://127.0.0.1:";
  for (int i = 0; i < 1000; ++i) { // 20 s at most
    const std::string text = errors();
    const std::size_t at = text.find(marker);
    if (at != std::string::npos && text.find('/', at + marker.size()) != std::string::npos) {
      port_ = std::stoi(text.substr(at + marker.size()));
      return;
    }
    int raw = 0;
    if (waitpid(pid_, &raw, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("news-search serve ended at start: " + text);
    }
    std::this_thread::sleep_for(20ms);
  }
  throw std::runtime_error("news-search serve did not say its port: " + errors());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop(SIGKILL);
}

httplib::Client ServerProcess::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(30, 0);
  return client;
}

int ServerProcess::stop(int signal) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, signal);
  int raw = 0;
  waitpid(pid_, &raw, 0);
  pid_ = -1;
  return status_of(raw);
}

std::string ServerProcess::log() const { return file_contents(out_); }
std::string ServerProcess::errors() const { return file_contents(err_); }

ServeRefusal run_serve_briefly(const std::vector<std::string>& args, const fs::path& scratch) {
  const fs::path out = unique_file(scratch, ".out"), err = unique_file(scratch, ".err");
  const int pid = spawn_serve(args, out, err);
  for (int i = 0; i < 500; ++i) { // 10 s at most
    int raw = 0;
    if (waitpid(pid, &raw, WNOHANG) == pid) return {status_of(raw), file_contents(err)};
    std::this_thread::sleep_for(20ms);
  }
  ::kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  return {-1, "still running after 10 s: " + file_contents(err)};
}

int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) return fd;
  ::close(fd);
  return -1;
}

std::string read_to_end(int fd) {
  std::string text;
  char buffer[65536];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
    text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

std::string raw_exchange(int port, const std::string& bytes) {
  const int fd = connect_to(port);
  if (fd < 0) return {};
  for (std::size_t sent = 0; sent < bytes.size();) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break; // the server may refuse before the end
    sent += static_cast<std::size_t>(n);
  }
  std::string answer = read_to_end(fd);
  ::close(fd);
  return answer;
}

/** A URL query from name=value pairs, each value encoded. */
std::string query_of(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string query;
  for (const auto& [name, value] : params)
    query += (query.empty() ? "?" : "&") + name + "=" + httplib::detail::encode_query_param(value);
  return query;
}

/** The headers every response must carry, and the CORS headers none may. */
void check_safety_headers(const httplib::Response& response) {
  CHECK(response.get_header_value("Content-Security-Policy") ==
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  CHECK(response.get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(response.get_header_value("Referrer-Policy") == "no-referrer");
  for (const auto& [name, value] : response.headers)
    CHECK_FALSE(name.starts_with("Access-Control-"));
}

/** GET `target`: the response, checked for the safety headers. */
httplib::Response get(const ServerProcess& server, const std::string& target,
                      const httplib::Headers& headers) {
  httplib::Client client = server.client();
  httplib::Result result = client.Get(target, headers);
  REQUIRE_MESSAGE(result, "no response to " << target);
  check_safety_headers(*result);
  return *result;
}

/** The kind of a JSON error body. */
std::string error_kind(const httplib::Response& response) {
  const nlohmann::json body = nlohmann::json::parse(response.body);
  CHECK(body["error"]["message"].is_string());
  return body["error"]["kind"];
}

/** A TCP connection to the server's port. */
int connected_socket(int port) {
  const int fd = connect_to(port);
  REQUIRE(fd >= 0);
  return fd;
}

/** The request log once it has `count` lines (a line is written just after its response). */
std::vector<std::string> log_lines(const ServerProcess& server, std::size_t count) {
  std::vector<std::string> lines;
  for (int i = 0; i < 250 && (lines = lines_of(server.log())).size() < count; ++i)
    std::this_thread::sleep_for(20ms);
  return lines;
}

} // namespace news::test
