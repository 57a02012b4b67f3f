#include "searcher/pager.hh"

#include <cstdlib>

#include "common/cli.hh"

namespace news {

std::optional<std::string> pager_command() {
  const char* pager = std::getenv("PAGER");
  if (pager == nullptr) return "less -FRX";
  const std::string command = pager;
  if (command.empty() || command == "cat") return std::nullopt;
  return command;
}

PagerSink::~PagerSink() {
  if (pipe_ != nullptr) pclose(pipe_);
}

void PagerSink::write(std::string_view text) {
  if (!started_) {
    started_ = true;
    std::fflush(stdout);
    // As git: less keeps colours and quits on one screen even when $LESS is unset.
    setenv("LESS", "FRX", 0);
    pipe_ = popen(command_.c_str(), "w");
  }
  if (pipe_ == nullptr) { // no pager could be started: the output goes where it would without one
    fmt::print(stdout, "{}", text);
    return;
  }
  // A pager quit before the end (run_main ignores SIGPIPE): the rest is dropped.
  if (closed_) return;
  if (std::fwrite(text.data(), 1, text.size(), pipe_) != text.size()) closed_ = true;
}

std::unique_ptr<Sink> output_sink(bool page) {
  if (page && stdout_is_terminal())
    if (const std::optional<std::string> command = pager_command())
      return std::make_unique<PagerSink>(*command);
  return std::make_unique<StdioSink>();
}

} // namespace news
