#include "server/serve_command.hh"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>

#include <fmt/core.h>

#include "common/database_set.hh"
#include "common/error.hh"
#include "server/access_guard.hh"
#include "server/access_token.hh"
#include "server/api_routes.hh"
#include "server/http_server.hh"
#include "server/page_routes.hh"
#include "server/serve_options.hh"
#include "server/service_pool.hh"
#include "server/stop_signals.hh"

namespace news {
namespace {

ConnectionLimits limits_of(const ServeConfig& config) {
  ConnectionLimits limits;
  limits.request_timeout = config.request_timeout;
  return limits;
}

/** One line per request on stdout, whole lines whichever worker writes them. */
HttpServer::LogSink request_logger(LogFormat format) {
  auto mutex = std::make_shared<std::mutex>();
  return [format, mutex](const RequestLogEntry& entry) {
    const std::string line = log_line(entry, format);
    const std::lock_guard lock(*mutex);
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout);
  };
}

/** Says at start whether the index can be searched (requests get 503 until it can). */
void check_index(ServicePool& pool, const std::string& db) {
  try {
    pool.acquire();
  } catch (const std::exception& e) {
    fmt::print(stderr, "news-search: warning: {} (requests get 503 until {} can be opened)\n",
               e.what(), db);
  }
}

// The index, or the shards, as the start-up line names them.
std::string described(const std::vector<ShardSpec>& shards) {
  std::string names;
  for (const ShardSpec& shard : shards)
    names += (names.empty() ? "" : ", ") + shard.describe();
  return shards.size() == 1 ? names : fmt::format("of {} shards: {}", shards.size(), names);
}

std::string url_host(const std::string& address) {
  return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

} // namespace

int run_serve(const std::vector<std::string>& args) {
  const std::optional<ServeConfig> config = parse_serve_options(args);
  if (!config) return 0;
  std::optional<std::string> token;
  if (config->token_file) token = read_token_file(*config->token_file);
  const std::vector<ShardSpec> shards = resolve_shards(config->dbs);
  const std::string db = described(shards);

  StopSignals signals; // before any other thread, which then inherits the blocked signals
  ServicePool pool(shards, ShardOptions{config->allow_partial}, config->threads,
                   config->search_timeout);
  check_index(pool, db);
  HttpServer server(config->threads, limits_of(*config), request_logger(config->log));
  std::vector<std::string> allowed_hosts = config->allowed_hosts;
  allowed_hosts.push_back(config->bind);
  install_access_guard(server, token, is_page_asset, std::move(allowed_hosts));
  add_api_routes(server, pool, config->max_limit);
  add_page_routes(server);

  int port = config->port;
  errno = 0;
  const bool bound = port == 0 ? (port = server.bind_to_any_port(config->bind)) > 0
                               : server.bind_to_port(config->bind, port);
  if (!bound)
    throw Error(ErrorKind::Failure,
                fmt::format("cannot listen on {} port {}{}", config->bind, config->port,
                            errno != 0 ? std::string(": ") + std::strerror(errno) : ""));
  server.widen_listen_queue();
  fmt::print(stderr, "news-search: listening on http://{}:{}/ ({} workers, index {}{})\n",
             url_host(config->bind), port, config->threads, db,
             token ? ", access token required" : "");
  std::fflush(stderr);
  signals.watch([&server] { server.stop(); });
  const bool listened = server.listen_after_bind();
  signals.stop_watching();
  if (!listened && !signals.received())
    throw Error(ErrorKind::Failure,
                fmt::format("listening on {} port {} failed", config->bind, port));
  return 0;
}

} // namespace news
