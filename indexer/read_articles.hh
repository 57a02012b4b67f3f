// Reading one input file into articles: bytes (decompressed if gzip),
// checks, text decoding, format detection, then the reader of that format.
// JSON Lines are read line by line as the file streams in; the other
// formats, single documents, are read whole.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "common/article.hh"
#include "indexer/input_stream.hh"
#include "indexer/readers/json_fields.hh"
#include "indexer/readers/parsed_file.hh"

namespace news {

/** Longest title, author, source, dateline or language kept, in characters. */
inline constexpr std::size_t kMaxFieldChars = 1000;

/** Longest body kept, indexed (words, positions, entities) and stored, in bytes:
 *  10 MB. Indexing a body keeps every position of every word in memory. */
inline constexpr std::size_t kMaxBodyBytes = 10u * 1024 * 1024;

struct ReadOptions {
  std::uintmax_t max_file_size = 50u * 1024 * 1024; /**< larger files are skipped */
  JsonFieldMap json_fields;                         /**< with the user's --map overrides */
  bool extract_entities = true;                     /**< people, organisations, places */
  bool file_dates = false; /**< an undated text or HTML file takes its modification time */
};

/** The articles of one file and the problems met while reading it. */
struct FileArticles {
  std::string format;                  /**< e.g. `jsonl`, `html+gzip` */
  std::vector<Article> articles;       /**< empty when they went to a sink */
  unsigned count = 0;                  /**< articles read */
  std::vector<RecordProblem> problems; /**< per record, or for the whole file */
  unsigned unlisted_errors = 0;        /**< failed records past those listed in `problems` */
  std::string hash;                    /**< of the (decompressed) bytes: InputStream::hash */
};

/**
 * Reads a file (absolute, canonical path) into its articles, each with id,
 * path, record and format set:
 * - a record or feed item without an id of its own takes its URL, else the
 *   file's path with `:record`; a single-article file (text, HTML) is named
 *   by its path. Paths lose a `.gz` suffix, so a compressed copy gives the
 *   same ids and is indexed once;
 * - a single-article file (text, HTML) without a date in its content takes
 *   the day its path names (date_from_path), with date_source `path`; else,
 *   with `file_dates`, the file's modification time (date_source `file`);
 *   else it stays undated. A file's time is not when its story was published.
 * - title, author, source, dateline and language are cut after
 *   kMaxFieldChars characters; a body longer than kMaxBodyBytes is cut at
 *   its last space or line end within that bound, with a warning;
 * Past ParsedFile::kMaxProblemsListed problems, the rest are counted, and
 * summed up by one last warning.
 * Throws InputError when the file cannot be indexed at all (unreadable, too
 * large, empty, binary, no text, truncated gzip).
 */
FileArticles read_articles(const std::filesystem::path& file, const ReadOptions& options);

/**
 * The same, from a stream opened on the file (which may throw InputError
 * as it reads on). With a `sink`, each article goes there as soon as it is read, and
 * `articles` stays empty: a large file is not held as articles all at once.
 */
FileArticles parse_articles(const std::filesystem::path& file, InputStream input,
                            const ReadOptions& options,
                            const std::function<void(Article&&)>& sink = {});

} // namespace news
