// One error type for the whole project.
//
// Code that meets a problem throws news::Error with a message that names its
// context (file, line, field, option); one place per executable (run_main in
// cli.hh) prints it as a single line and turns its code into the exit status.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include <fmt/core.h>

namespace news {

/**
 * Exit statuses shared by news-index and news-search (grep's convention).
 * A status can have two names, one for each thing it says.
 */
enum class ExitCode : int {
  Ok = 0,          /**< success; for news-search: at least one hit */
  NoMatch = 1,     /**< news-search: nothing matched */
  InputFailed = 1, /**< news-index: some input failed (the rest was done) */
  Usage = 2,       /**< bad option, argument or query */
  Database = 2,    /**< the database is missing, not an index, damaged or unusable */
  Failure = 2,     /**< anything else that stopped the run: output, timeout, internal error */
  Locked = 75      /**< EX_TEMPFAIL: the database is locked by another writer */
};

/**
 * What kind of problem an error is. Each front end maps it once: the command
 * line to an exit status (exit_code below), the HTTP server to a status.
 */
enum class ErrorKind {
  Usage,    /**< a bad option, argument, parameter or query: the asker can fix it */
  NotFound, /**< no article has the id asked for */
  Database, /**< the database is missing, not an index, damaged or unusable */
  Locked,   /**< the database is locked by another writer */
  Timeout,  /**< the search took longer than it may */
  Failure   /**< anything else: output, internal error */
};

/** The exit status of a command that stopped on an error of this kind. */
constexpr ExitCode exit_code(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::Usage:
  case ErrorKind::NotFound:
    return ExitCode::Usage;
  case ErrorKind::Database:
    return ExitCode::Database;
  case ErrorKind::Locked:
    return ExitCode::Locked;
  case ErrorKind::Timeout:
  case ErrorKind::Failure:
    break;
  }
  return ExitCode::Failure;
}

/** An error meant for the user: what went wrong, where, and what to do. */
class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, std::string message, std::string hint = {})
      : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)) {}

  ErrorKind kind() const { return kind_; }
  ExitCode code() const { return exit_code(kind_); }
  /** A suggestion shown after the message, or empty. */
  const std::string& hint() const { return hint_; }

private:
  ErrorKind kind_;
  std::string hint_;
};

/** Throws a usage error (exit status 2) with a checked format string. */
template <typename... Args>
[[noreturn]] void throw_usage(fmt::format_string<Args...> format, Args&&... args) {
  throw Error(ErrorKind::Usage, fmt::format(format, std::forward<Args>(args)...));
}

} // namespace news
