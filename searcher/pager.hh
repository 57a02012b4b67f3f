// Long text output through a pager on a terminal, as git does: $PAGER
// (empty or "cat": none), else `less -FRX` (quits when the text fits one
// screen, keeps colours, leaves the text on the screen). Notes still go to
// stderr. The command line picks this sink (output_sink) for text output.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/cli_flag.hh"
#include "searcher/sink.hh"

namespace news {

/** --no-pager, for each command that pages its text. */
inline constexpr Switch kNoPagerOption{"no-pager",
                                       "do not page text output on a terminal ($PAGER)"};

/** The pager's command line: $PAGER, else "less -FRX"; nullopt when $PAGER is "" or "cat". */
std::optional<std::string> pager_command();

/**
 * Writes the output to a pager, started at the first write (so that an
 * error before any output starts none) and waited for when destroyed. Once
 * the pager has quit (the reader pressed q), the rest is dropped quietly.
 */
class PagerSink : public Sink {
public:
  explicit PagerSink(std::string command) : command_(std::move(command)) {}
  ~PagerSink() override;
  PagerSink(const PagerSink&) = delete;
  PagerSink& operator=(const PagerSink&) = delete;

  void write(std::string_view text) override;
  void note(std::string_view text) override { fmt::print(stderr, "{}", text); }

private:
  std::string command_;
  FILE* pipe_ = nullptr;
  bool started_ = false;
  bool closed_ = false; /**< the pager is gone: writes are dropped */
};

/** Where the output goes: a pager when `page` and stdout is a terminal with a pager, else stdout.
 */
std::unique_ptr<Sink> output_sink(bool page);

} // namespace news
