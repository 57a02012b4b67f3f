// A problem with an input: a file, or one record (line or item) inside it,
// that could not be read or was read with a flaw. Told to the user as one
// line and counted, without stopping the run.
//
// Readers, the reading of a file, the file walker and the indexing run all
// describe their problems with `Problem`; whoever tells the user (the run
// report of add/sync/remove, inspect) implements `ProblemSink`; the one
// line is `format_problem`'s. Errors of the command itself (a bad option, a
// broken database) are news::Error (error.hh) and end the command.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace news {

struct Problem {
  enum class Severity {
    Warning, /**< read anyway (e.g. without its date), or skipped on purpose */
    Error,   /**< could not be read: counted as failed */
  };
  Severity severity = Severity::Error;
  std::string path;               /**< the file; empty while its reader has it */
  std::optional<unsigned> record; /**< 1-based line or item number, when inside a file */
  std::string message; /**< what is wrong, e.g. `not valid UTF-8: read as Windows-1252` */

  bool is_error() const { return severity == Severity::Error; }
};

/** `news-index: PATH:RECORD: message`, or `news-index: warning: PATH: message`. */
std::string format_problem(const Problem& problem);

/** Where problems go as they are found: told to the user, counted. */
class ProblemSink {
public:
  virtual ~ProblemSink() = default;
  virtual void problem(const Problem& problem) = 0;
};

/** Thrown when a whole file cannot be read (unreadable, too large, empty,
 *  binary, truncated gzip); the catcher reports it as the file's Problem. */
class InputError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;

  /** The error as the problem of `path`. */
  Problem problem(std::string path) const {
    return {Problem::Severity::Error, std::move(path), std::nullopt, what()};
  }
};

} // namespace news
