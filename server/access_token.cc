#include "server/access_token.hh"

#include <fstream>

#include "common/error.hh"

namespace news {
namespace {

constexpr std::size_t kMinTokenLength = 16;
constexpr std::size_t kMaxTokenLength = 1024;

bool is_token_char(unsigned char c) {
  return c > 0x20 && c < 0x7f && c != ';' && c != ',' && c != '"' && c != '\\';
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

std::string read_token_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line))
    throw_usage("--token-file {}: cannot read the token", file.string());
  const std::string_view token = trimmed(line);
  if (token.size() < kMinTokenLength || token.size() > kMaxTokenLength)
    throw_usage("--token-file {}: the token must be {} to {} characters long (e.g. openssl rand "
                "-hex 32)",
                file.string(), kMinTokenLength, kMaxTokenLength);
  for (const char c : token)
    if (!is_token_char(static_cast<unsigned char>(c)))
      throw_usage("--token-file {}: the token may have only printable ASCII characters, but "
                  "spaces, quotes, backslashes, ';' and ','",
                  file.string());
  return std::string(token);
}

bool tokens_equal(std::string_view given, std::string_view expected) {
  // Every byte of `expected` is looked at whatever `given` is, and the
  // difference accumulates without a branch.
  unsigned char difference = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const unsigned char other = i < given.size() ? static_cast<unsigned char>(given[i]) : 0;
    difference |= static_cast<unsigned char>(other ^ static_cast<unsigned char>(expected[i]));
  }
  return difference == 0;
}

std::optional<std::string_view> bearer_token(std::string_view authorization) {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) // the scheme is case-insensitive
    if ((authorization[i] | 0x20) != (kScheme[i] | 0x20)) return std::nullopt;
  const std::string_view token = trimmed(authorization.substr(kScheme.size()));
  if (token.empty()) return std::nullopt;
  return token;
}

std::optional<std::string_view> cookie_value(std::string_view cookie_header,
                                             std::string_view name) {
  while (!cookie_header.empty()) {
    const std::size_t end = cookie_header.find(';');
    const std::string_view pair = trimmed(cookie_header.substr(0, end));
    const std::size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name)
      return pair.substr(equals + 1);
    if (end == std::string_view::npos) break;
    cookie_header.remove_prefix(end + 1);
  }
  return std::nullopt;
}

std::string login_cookie(std::string_view token, bool secure) {
  return std::string(kTokenCookie) + "=" + std::string(token) +
         "; HttpOnly; SameSite=Lax; Path=/; Max-Age=" + std::to_string(kLoginCookieSeconds) +
         (secure ? "; Secure" : "");
}

} // namespace news
