#include "tests/e2e/help_text.hh"

#include <regex>
#include <stdexcept>

#include "tests/e2e/cli_runner.hh"

namespace news::test {
namespace {

std::string help_of(const std::string& command_line) {
  const Sandbox sandbox;
  const RunResult run = run_shell(command_line, sandbox.dir());
  if (run.status != 0) throw std::runtime_error(command_line + " failed: " + run.err);
  return run.out;
}

const char* const kCommandsLine = "Commands:";

} // namespace

std::string search_help() {
  return help_of(shell_quote(NEWS_SEARCH_EXE) + " --help") + "$ news-search serve --help\n" +
         help_of(shell_quote(NEWS_SEARCH_EXE) + " serve --help");
}

std::set<std::string> index_commands() {
  const std::string help = help_of(shell_quote(NEWS_INDEX_EXE) + " --help");
  std::set<std::string> commands;
  bool in_commands = false;
  for (const std::string& line : lines_of(help)) {
    if (line == kCommandsLine) {
      in_commands = true;
    } else if (line.empty()) {
      in_commands = false;
    } else if (in_commands && line.starts_with("  ") && line[2] != ' ') {
      commands.insert(line.substr(2, line.find(' ', 2) - 2));
    }
  }
  return commands;
}

std::string index_help() {
  std::string help = help_of(shell_quote(NEWS_INDEX_EXE) + " --help");
  for (const std::string& command : index_commands())
    help += "$ news-index " + command + " --help\n" +
            help_of(shell_quote(NEWS_INDEX_EXE) + " " + command + " --help");
  return help;
}

std::set<std::string> options_in(const std::string& help) {
  std::set<std::string> options;
  static const std::regex kLong("(^|[^A-Za-z0-9-])(--[a-z][a-z-]*[a-z])");
  static const std::regex kShort("^  (-[a-z]) \\[ --");
  for (const std::string& line : lines_of(help)) {
    for (std::sregex_iterator it(line.begin(), line.end(), kLong), end; it != end; ++it)
      options.insert((*it)[2]);
    std::smatch match;
    if (std::regex_search(line, match, kShort)) options.insert(match[1]);
  }
  return options;
}

std::set<std::string> exit_statuses_in(const std::string& help) {
  const std::size_t start = help.find("Exit status:");
  if (start == std::string::npos) return {};
  const std::size_t end = help.find("\n\n", start);
  const std::string paragraph = help.substr(start, end - start);
  std::set<std::string> statuses;
  static const std::regex kStatus("\\b([0-9]+)\\b");
  for (std::sregex_iterator it(paragraph.begin(), paragraph.end(), kStatus), stop; it != stop; ++it)
    statuses.insert((*it)[1]);
  return statuses;
}

} // namespace news::test
