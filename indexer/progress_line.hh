// The progress line of an indexing run on a terminal: bytes read of the
// bytes to read (the files that are new or changed, all of them), articles a
// second, and the time left at the rate bytes have gone so far, so that the
// estimate is right as soon as some bytes are read, however the sizes of
// files vary.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace news {

/** Where a run is. */
struct Progress {
  std::uintmax_t bytes_done = 0, bytes_total = 0; /**< of the files to read */
  unsigned files_done = 0, files_total = 0;
  unsigned articles = 0; /**< read so far */
};

/**
 * `add: 4.1 of 16.0 MB (26%), 3/10 files, 1520 articles/s, about 12 s left`
 * after `seconds` of work; the time left is left out until a byte is read.
 */
std::string progress_line(const std::string& command, const Progress& progress, double seconds);

/** The seconds left at the rate so far; negative when nothing is known yet. */
double seconds_left(const Progress& progress, double seconds);

/**
 * Where a step after the files are read is (merging shards, grouping
 * stories over them): `done` of `total` units of `step`. Called from the
 * thread that runs the step; an empty one reports nothing.
 */
using StepProgress =
    std::function<void(const std::string& step, std::uint64_t done, std::uint64_t total)>;

/** `sync: grouping stories: near copies, 3400 of 86312 (4%)`; `done` is shown at most `total`. */
std::string step_line(const std::string& command, const std::string& step, std::uint64_t done,
                      std::uint64_t total);

} // namespace news
