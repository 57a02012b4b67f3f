// A problem with one input file (or one record inside it), reported to the
// user and counted, without stopping the run.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "indexer/readers/parsed_file.hh"

namespace news {

/** Thrown by readers when a file, or a record in it, cannot be indexed. */
class InputError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/** Something to tell the user about an input. */
struct InputProblem {
  enum class Severity { Warning, Error };
  Severity severity;
  std::string path;               /**< the file */
  std::optional<unsigned> record; /**< 1-based line or item number, when inside a file */
  std::string message; /**< what is wrong, e.g. `not valid UTF-8, read as Windows-1252` */

  /** A reader's problem, placed in its file. */
  static InputProblem from(const std::filesystem::path& file, const RecordProblem& problem) {
    const Severity severity =
        problem.severity == RecordProblem::Severity::Error ? Severity::Error : Severity::Warning;
    return {severity, file.string(), problem.record, problem.message};
  }
};

/** `news-index: PATH:LINE: message` or `news-index: warning: PATH: message`. */
std::string format_problem(const InputProblem& problem);

} // namespace news
