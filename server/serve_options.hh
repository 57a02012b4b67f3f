// The command line of `news-search serve`, parsed and validated into a ServeConfig.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace news {

enum class LogFormat { Text, Json };

/** Everything the server needs to know, validated. */
struct ServeConfig {
  std::vector<std::string> dbs;          /**< each --db: the shards searched (database_set.hh) */
  bool allow_partial = false;            /**< --allow-partial: search the shards that answer */
  std::string bind = "127.0.0.1";        /**< --bind: the address to listen on */
  int port = 8080;                       /**< --port; 0: any free port (printed at start) */
  unsigned threads = 8;                  /**< --threads: workers, each with its own index reader */
  std::optional<std::string> token_file; /**< --token-file: the access token */
  /** --allowed-host: without a token, Host names answered besides localhost and --bind */
  std::vector<std::string> allowed_hosts;
  unsigned max_limit = 100; /**< --max-limit: the largest `limit` a request may ask */
  std::chrono::seconds search_timeout{10};  /**< --timeout: a longer search fails (503); 0: none */
  std::chrono::seconds request_timeout{10}; /**< --request-timeout: to send a whole request */
  LogFormat log = LogFormat::Text;          /**< --log: one line per request, text or JSON */
};

/**
 * Parses the arguments after `serve`. Returns nullopt when --help was
 * printed; throws news::Error (exit status 2) on a usage error, and for a
 * non-loopback --bind without --token-file.
 */
std::optional<ServeConfig> parse_serve_options(const std::vector<std::string>& args);

/** Whether `address` is a loopback address (127.0.0.0/8, ::1, localhost). */
bool is_loopback(const std::string& address);

} // namespace news
