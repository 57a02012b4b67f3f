// Runs the real `news-search serve` on a free loopback port, as an
// operator would, and talks to it over HTTP.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <httplib.h>

namespace news::test {

class ServerProcess {
public:
  /**
   * Starts `news-search serve --db DB --port 0 ARGS...` with its output in
   * files of `scratch`, and waits until it says which port it listens on.
   */
  ServerProcess(const std::filesystem::path& db, const std::vector<std::string>& args,
                const std::filesystem::path& scratch);
  /** Kills the server if it still runs. */
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  /** A client of the server (its own connection). */
  httplib::Client client() const;
  /** Sends `signal` and waits for the exit status (128 + N when killed by signal N). */
  int stop(int signal);
  /** What the server printed on stdout (the request log) and stderr, so far. */
  std::string log() const;
  std::string errors() const;

private:
  int pid_ = -1;
  int port_ = 0;
  std::filesystem::path out_, err_;
};

/** Runs `news-search serve ARGS...` expecting it to stop at once; its status and stderr. */
struct ServeRefusal {
  int status;
  std::string err;
};
ServeRefusal run_serve_briefly(const std::vector<std::string>& args,
                               const std::filesystem::path& scratch);

/** A new TCP connection to the port on 127.0.0.1 (-1 when it fails); the caller closes it. */
int connect_to(int port);

/** Reads from `fd` until the other end closes it. */
std::string read_to_end(int fd);

/**
 * Sends `bytes` on a new connection to the port and returns everything the
 * server answered until it closed the connection.
 */
std::string raw_exchange(int port, const std::string& bytes);

// Checks shared by the tests of the server (doctest assertions).

/** A URL query (`?a=1&b=x%20y`) from name=value pairs, each value encoded. */
std::string query_of(const std::vector<std::pair<std::string, std::string>>& params);

/** Checks the headers every response must carry, and that no CORS header is there. */
void check_safety_headers(const httplib::Response& response);

/** GET `target`: the response (required), checked for the safety headers. */
httplib::Response get(const ServerProcess& server, const std::string& target,
                      const httplib::Headers& headers = {});

/** The kind of a JSON error body (checking it has a message). */
std::string error_kind(const httplib::Response& response);

/** A TCP connection to the port (required to succeed). */
int connected_socket(int port);

/** The request log once it has `count` lines (each is written just after its response), 5 s at
 * most. */
std::vector<std::string> log_lines(const ServerProcess& server, std::size_t count);

} // namespace news::test
