#include "indexer/progress_line.hh"

#include <algorithm>

#include <fmt/core.h>

namespace news {

double seconds_left(const Progress& p, double seconds) {
  if (p.bytes_done == 0 || seconds <= 0) return -1;
  const std::uintmax_t left = p.bytes_total - std::min(p.bytes_done, p.bytes_total);
  return seconds * static_cast<double>(left) / static_cast<double>(p.bytes_done);
}

std::string progress_line(const std::string& command, const Progress& p, double seconds) {
  constexpr double kMegabyte = 1024.0 * 1024.0;
  const double percent = p.bytes_total == 0 ? 100.0
                                            : 100.0 * static_cast<double>(p.bytes_done) /
                                                  static_cast<double>(p.bytes_total);
  const double rate = seconds > 0 ? p.articles / seconds : 0;
  const double left = seconds_left(p, seconds);
  return fmt::format("{}: {:.1f} of {:.1f} MB ({:.0f}%), {}/{} files, {:.0f} articles/s{}", command,
                     static_cast<double>(p.bytes_done) / kMegabyte,
                     static_cast<double>(p.bytes_total) / kMegabyte, std::min(percent, 100.0),
                     p.files_done, p.files_total, rate,
                     left < 0 ? std::string() : fmt::format(", about {:.0f} s left", left));
}

std::string step_line(const std::string& command, const std::string& step, std::uint64_t done,
                      std::uint64_t total) {
  done = std::min(done, total);
  const double percent =
      total == 0 ? 100.0 : 100.0 * static_cast<double>(done) / static_cast<double>(total);
  return fmt::format("{}: {}, {} of {} ({:.0f}%)", command, step, done, total, percent);
}

} // namespace news
