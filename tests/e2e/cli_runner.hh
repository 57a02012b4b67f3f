// Runs the real news-index and news-search executables the way a user does,
// in a temporary folder with its own database, and captures what they print.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace news::test {

/** What one command printed and its exit status. */
struct RunResult {
  int status = -1;
  std::string out; /**< standard output */
  std::string err; /**< standard error */
};

/** A scratch folder with a database path inside; removed at the end. */
class Sandbox {
public:
  Sandbox();
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path db() const { return dir_ / "db"; }

  /** Writes a file (creating folders) and returns its path. */
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

  /** `news-index --db DB ARGS...` */
  RunResult index(const std::vector<std::string>& args) const;
  /** `news-search --db DB ARGS...` */
  RunResult search(const std::vector<std::string>& args) const;

private:
  std::filesystem::path dir_;
};

/** An index of sample_corpus/, made once per test process and shared. */
const Sandbox& indexed_sample_corpus();

/** Ids of all hits for a search, in order (--format ids --limit 0 plus `args`). */
std::vector<std::string> search_ids(const Sandbox& sandbox, std::vector<std::string> args);

/** Runs a shell command line (bash -c) in `scratch`, capturing stdout and stderr. */
RunResult run_shell(const std::string& command_line, const std::filesystem::path& scratch);

/** Quotes one argument for the shell. */
std::string shell_quote(const std::string& arg);

/** Articles in a sandbox's index. */
unsigned articles_in(const Sandbox& sandbox);

/** How many times `what` occurs in `text`. */
std::size_t count_of(const std::string& text, const std::string& what);

/** The columns a line of text takes: its characters (UTF-8 continuation bytes take none). */
std::size_t columns_of(const std::string& line);

/** Splits output into lines (without the newlines). */
std::vector<std::string> lines_of(const std::string& text);

/** The bytes of `file` (empty when it cannot be read). */
std::string file_contents(const std::filesystem::path& file);

/**
 * Every file and folder under `dir` (but the runner's captured output), with
 * the size of each file, one a line, sorted: to check that a command left a
 * folder exactly as it was.
 */
std::string listing(const std::filesystem::path& dir);

} // namespace news::test
