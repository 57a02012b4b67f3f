// What a reader makes of one file's text: its articles, and the problems met
// with single records, which do not stop the rest of the file.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/article.hh"
#include "common/problem.hh"

namespace news {

/** A reader's output. Articles carry their record number when the file has several. */
struct ParsedFile {
  std::vector<Article> articles;
  std::vector<Problem> problems; /**< without their path: the reading of the file sets it */
  /** When set, each article goes here as soon as it is read, not into `articles`:
   *  a large file is then never held in memory as articles all at once. */
  std::function<void(Article&&)> sink;
  unsigned count = 0; /**< articles emitted */
  /** Record problems past the first kMaxProblemsListed are only counted: a file of
   *  sixteen million bad records is not held (or printed) as sixteen million messages.
   *  A problem with the whole file is always listed. */
  static constexpr std::size_t kMaxProblemsListed = 100;
  unsigned unlisted_warnings = 0;
  unsigned unlisted_errors = 0;

  void emit(Article article) {
    ++count;
    if (sink)
      sink(std::move(article));
    else
      articles.push_back(std::move(article));
  }

  void warn(std::optional<unsigned> record, std::string message) {
    if (record && problems.size() >= kMaxProblemsListed)
      ++unlisted_warnings;
    else
      problems.push_back({Problem::Severity::Warning, {}, record, std::move(message)});
  }
  void fail(std::optional<unsigned> record, std::string message) {
    if (record && problems.size() >= kMaxProblemsListed)
      ++unlisted_errors;
    else
      problems.push_back({Problem::Severity::Error, {}, record, std::move(message)});
  }
};

} // namespace news
