#include "indexer/input_problem.hh"

#include <fmt/core.h>

namespace news {

std::string format_problem(const InputProblem& p) {
  const std::string where = p.record ? fmt::format("{}:{}", p.path, *p.record) : p.path;
  const char* label = p.severity == InputProblem::Severity::Warning ? "warning: " : "";
  return fmt::format("news-index: {}{}: {}", label, where, p.message);
}

} // namespace news
