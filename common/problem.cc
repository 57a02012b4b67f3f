#include "common/problem.hh"

#include <fmt/core.h>

#include "common/byte_escape.hh"

namespace news {

std::string format_problem(const Problem& p) {
  const std::string path = escape_bytes(p.path);
  const std::string where = p.record ? fmt::format("{}:{}", path, *p.record) : path;
  const char* label = p.is_error() ? "" : "warning: ";
  return fmt::format("news-index: {}{}: {}", label, where, p.message);
}

} // namespace news
