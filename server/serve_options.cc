#include "server/serve_options.hh"

#include <array>
#include <iostream>

#include <arpa/inet.h>
#include <boost/program_options.hpp>

#include "common/cli_options.hh"
#include "common/error.hh"

namespace news {
namespace {

namespace po = boost::program_options;

// Every option of `news-search serve`, defined once; --help and --db are common/cli_options.hh.
constexpr Flag<std::string> kBindOption{
    "bind", "address to listen on (default 127.0.0.1; another needs --token-file)"};
constexpr Flag<long long> kPortOption{"port", "port to listen on (default 8080; 0: any free one)"};
constexpr Flag<long long> kThreadsOption{
    "threads", "requests served at once, each worker with its own index reader (default 8)"};
constexpr Flag<std::string> kTokenFileOption{
    "token-file", "file whose first line is the access token the API and the page ask for"};
constexpr Flag<std::vector<std::string>> kAllowedHostOption{
    "allowed-host", "without --token-file, a Host name to answer besides localhost and "
                    "the --bind address, e.g. a reverse proxy's (repeatable)"};
constexpr Flag<long long> kMaxLimitOption{"max-limit",
                                          "the largest limit a request may ask for (default 100)"};
constexpr Flag<long long> kTimeoutOption{
    "timeout", "give up a search after N seconds: 503 (default 10; 0: never)"};
constexpr Flag<long long> kRequestTimeoutOption{
    "request-timeout", "seconds a client has to send a whole request (default 10)"};
constexpr std::array<Choice<LogFormat>, 2> kLogFormats{
    {{"text", LogFormat::Text}, {"json", LogFormat::Json}}};
constexpr ChoiceFlag<LogFormat> kLogOption{
    {"log", "one line per request on stdout: text or json (JSON lines)"},
    kLogFormats,
    Refusal::UnknownValue};

constexpr const char* kUsage = "usage: news-search serve [OPTIONS]";

constexpr const char* kAbout = R"(
Serves the search page and the HTTP API (docs/http-api.md) from the index.
It only reads the index: run news-index sync beside it, and each request
sees the latest commit. Stops cleanly on SIGTERM or SIGINT.
)";

long long checked(const char* option, long long value, long long low, long long high) {
  if (value < low || value > high)
    throw_usage("{}: {} is out of range ({} to {})", option, value, low, high);
  return value;
}

} // namespace

bool is_loopback(const std::string& address) {
  if (address == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1)
    return (ntohl(v4.s_addr) >> 24) == 127; // 127.0.0.0/8
  in6_addr v6{};
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
  }
  return false; // another host name may resolve to anything
}

std::optional<ServeConfig> parse_serve_options(const std::vector<std::string>& args) {
  ServeConfig config;
  po::options_description visible("Options");
  declare(visible, kHelpOption, kShardsOption, kAllowPartialOption, kBindOption, kPortOption,
          kThreadsOption, kTokenFileOption, kAllowedHostOption, kMaxLimitOption, kTimeoutOption,
          kRequestTimeoutOption, kLogOption);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(visible).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw_usage("{}\n{} (see news-search serve --help)", e.what(), kUsage);
  }
  if (is_on(vm, kHelpOption)) {
    std::cout << kUsage << '\n' << kAbout << '\n' << visible;
    return std::nullopt;
  }
  config.dbs = given(vm, kShardsOption).value_or(std::vector<std::string>{});
  config.allow_partial = is_on(vm, kAllowPartialOption);
  config.bind = given(vm, kBindOption).value_or(config.bind);
  config.port =
      static_cast<int>(checked("--port", given(vm, kPortOption).value_or(8080), 0, 65535));
  config.threads = static_cast<unsigned>(
      checked("--threads", given(vm, kThreadsOption).value_or(config.threads), 1, 256));
  config.token_file = given(vm, kTokenFileOption);
  config.allowed_hosts = given(vm, kAllowedHostOption).value_or(std::vector<std::string>{});
  config.max_limit = static_cast<unsigned>(
      checked("--max-limit", given(vm, kMaxLimitOption).value_or(config.max_limit), 1, 10'000));
  config.search_timeout =
      std::chrono::seconds(checked("--timeout", given(vm, kTimeoutOption).value_or(10), 0, 86'400));
  config.request_timeout = std::chrono::seconds(
      checked("--request-timeout", given(vm, kRequestTimeoutOption).value_or(10), 1, 3'600));
  config.log = chosen(vm, kLogOption).value_or(config.log);
  if (config.bind.empty()) throw_usage("--bind: no address given");
  if (!is_loopback(config.bind) && !config.token_file)
    throw_usage("--bind {}: a non-loopback address needs --token-file (anyone who can reach "
                "it could read the index)",
                config.bind);
  return config;
}

} // namespace news
