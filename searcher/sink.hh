// Where printers write: the output proper, and notes for the person
// reading it ("did you mean", "no articles match"). The command line sends
// them to stdout and stderr; the server collects the output in a string.
// As notmuch's sprinter, the printers need not know which.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <fmt/core.h>

namespace news {

class Sink {
public:
  virtual ~Sink() = default;
  virtual void write(std::string_view text) = 0;
  virtual void note(std::string_view text) = 0;

  template <typename... Args> void print(fmt::format_string<Args...> format, Args&&... args) {
    write(fmt::format(format, std::forward<Args>(args)...));
  }
};

/** stdout and stderr; a failed write throws std::system_error, as fmt::print does. */
class StdioSink : public Sink {
public:
  void write(std::string_view text) override { fmt::print(stdout, "{}", text); }
  void note(std::string_view text) override { fmt::print(stderr, "{}", text); }
};

/** Output in a string; notes are dropped (a server has no one to tell). */
class StringSink : public Sink {
public:
  void write(std::string_view text) override { text_ += text; }
  void note(std::string_view) override {}
  std::string& text() { return text_; }

private:
  std::string text_;
};

} // namespace news
