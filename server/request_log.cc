#include "server/request_log.hh"

#include <cmath>

#include <fmt/chrono.h>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace news {
namespace {

bool is_token_parameter(std::string_view pair) {
  const std::string_view name = pair.substr(0, pair.find('='));
  return name == "token" || name == "access_token";
}

std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7f && byte != '\\')
      out += c;
    else
      out += fmt::format("\\x{:02x}", byte);
  }
  return out;
}

std::string iso_time(std::chrono::system_clock::time_point time) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(time);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(time - seconds);
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03}Z", seconds, millis.count());
}

} // namespace

std::string redacted_target(std::string_view target) {
  const std::size_t question = target.find('?');
  if (question == std::string_view::npos) return std::string(target);
  std::string out(target.substr(0, question + 1));
  std::string_view query = target.substr(question + 1);
  for (bool first = true;; first = false) {
    const std::size_t end = query.find('&');
    const std::string_view pair = query.substr(0, end);
    if (!first) out += '&';
    if (is_token_parameter(pair))
      out += std::string(pair.substr(0, pair.find('='))) + "=REDACTED";
    else
      out += pair;
    if (end == std::string_view::npos) break;
    query.remove_prefix(end + 1);
  }
  return out;
}

std::string log_line(const RequestLogEntry& entry, LogFormat format) {
  const std::string target = redacted_target(entry.target);
  if (format == LogFormat::Text)
    return fmt::format("{} {} {} {} {} {} {:.1f}ms\n", iso_time(entry.time),
                       printable(entry.remote), printable(entry.method), printable(target),
                       entry.status, entry.bytes, entry.milliseconds);
  const nlohmann::ordered_json line = {{"time", iso_time(entry.time)},
                                       {"remote", entry.remote},
                                       {"method", entry.method},
                                       {"path", target},
                                       {"status", entry.status},
                                       {"bytes", entry.bytes},
                                       {"ms", std::round(entry.milliseconds * 10) / 10}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

} // namespace news
