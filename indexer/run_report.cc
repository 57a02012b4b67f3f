#include "indexer/run_report.hh"
#include "common/counted.hh"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "common/byte_escape.hh"

namespace news {
namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

RunReport::RunReport(std::string command, bool quiet, LogFormat format)
    : command_(std::move(command)), quiet_(quiet), format_(format),
      terminal_(isatty(STDERR_FILENO) == 1 && !quiet && format == LogFormat::Text),
      start_(std::chrono::steady_clock::now()), last_progress_(start_) {
  const char* lines = std::getenv("NEWS_PROGRESS");
  progress_lines_ = !terminal_ && !quiet && lines != nullptr && std::string_view(lines) == "1";
}

void RunReport::clear_progress() {
  if (!progress_shown_) return;
  fmt::print(stderr, "\r\x1b[K");
  progress_shown_ = false;
}

void RunReport::problem(const Problem& p) {
  if (p.record) ++record_problems_[p.path];
  const bool warning = !p.is_error();
  if (warning && quiet_) return;
  clear_progress();
  if (format_ == LogFormat::Json) {
    Json event = {{"event", warning ? "warning" : "error"}, {"path", escape_bytes(p.path)}};
    event["record"] = p.record ? Json(*p.record) : Json(nullptr);
    event["message"] = p.message;
    fmt::print(stderr, "{}\n", dump(event));
  } else {
    fmt::print(stderr, "{}\n", format_problem(p));
  }
}

void RunReport::notice(const std::string& path, const std::string& message) {
  if (quiet_) return;
  clear_progress();
  if (format_ == LogFormat::Json)
    fmt::print(stderr, "{}\n",
               dump(Json{{"event", "notice"}, {"path", escape_bytes(path)}, {"message", message}}));
  else
    fmt::print(stderr, "news-index: {}: {}\n", escape_bytes(path), message);
}

unsigned RunReport::record_problems(const std::string& path) const {
  const auto it = record_problems_.find(path);
  return it == record_problems_.end() ? 0 : it->second;
}

void RunReport::skipped_by_rules(unsigned files, unsigned folders) {
  if (quiet_ || (files == 0 && folders == 0)) return;
  clear_progress();
  if (format_ == LogFormat::Json) {
    fmt::print(stderr, "{}\n",
               dump(Json{{"event", "skipped"}, {"files", files}, {"folders", folders}}));
    return;
  }
  const std::string what = folders == 0 ? counted(files, "file")
                           : files == 0
                               ? counted(folders, "folder")
                               : counted(files, "file") + " and " + counted(folders, "folder");
  fmt::print(stderr, "news-index: {} skipped by rules (news-index sources --skipped lists them)\n",
             what);
}

void RunReport::planned(const std::string& action, const std::string& path) {
  if (format_ == LogFormat::Json)
    fmt::print("{}\n",
               dump(Json{{"event", "planned"}, {"action", action}, {"path", escape_bytes(path)}}));
  else
    fmt::print("{} {}\n", action, escape_bytes(path));
}

void RunReport::progress(const Progress& p) {
  if (!terminal_ && !progress_lines_) return;
  // The first and the last always, the others a few times a second.
  const auto now = std::chrono::steady_clock::now();
  const bool first = !work_start_;
  const bool last = p.files_done == p.files_total && p.bytes_done == p.bytes_total;
  if (first) work_start_ = now; // its rate is 0 then, not articles over no time
  if (!due(first || last)) return;
  show(progress_line(command_, p, std::chrono::duration<double>(now - *work_start_).count()));
}

void RunReport::step(const std::string& step, std::uint64_t done, std::uint64_t total) {
  if (!terminal_ && !progress_lines_) return;
  if (!work_start_) work_start_ = std::chrono::steady_clock::now();
  // A step's first line and its last always: the line says which step runs.
  const bool first = step != last_step_;
  last_step_ = step;
  if (!due(first || done >= total)) return;
  show(step_line(command_, step, done, total));
}

bool RunReport::due(bool always) {
  const auto now = std::chrono::steady_clock::now();
  if (!always && now - last_progress_ < std::chrono::milliseconds(250)) return false;
  last_progress_ = now;
  return true;
}

double RunReport::seconds_working() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - *work_start_).count();
}

void RunReport::show(const std::string& line) {
  if (progress_lines_) {
    fmt::print(stderr, "{:.2f} s: {}\n", seconds_working(), line);
    return;
  }
  fmt::print(stderr, "\r\x1b[K{}", line);
  std::fflush(stderr);
  progress_shown_ = true;
}

void RunReport::summary(const Tally& t, int signal) {
  clear_progress();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (format_ == LogFormat::Json) {
    Json event = {{"event", "summary"},   {"command", command_},      {"added", t.added},
                  {"updated", t.updated}, {"unchanged", t.unchanged}, {"removed", t.removed},
                  {"failed", t.failed},   {"files", t.files},         {"seconds", seconds}};
    event["interrupted_by"] = signal ? Json(signal) : Json(nullptr);
    fmt::print("{}\n", dump(event));
    return;
  }
  if (quiet_ && t.failed == 0 && signal == 0) return;
  // A dry run's counts are what the run would do (IndexingRun::count_planned).
  const bool dry_run = command_.ends_with("--dry-run");
  fmt::print(
      "{}{} added, {} updated, {} unchanged, {} removed, {} failed ({} in {:.2f} s){}{}\n",
      dry_run ? "would be: " : "", t.added, t.updated, t.unchanged, t.removed, t.failed,
      counted(t.files, "file"), seconds,
      t.not_retried ? fmt::format("; {} failed files not retried (--retry-failed)", t.not_retried)
                    : "",
      signal ? fmt::format("; interrupted by signal {}, work so far committed", signal) : "");
}

} // namespace news
