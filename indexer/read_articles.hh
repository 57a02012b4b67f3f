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
  /** The config file's `language`: of an article that declares none and is too short (or too
   *  mixed) for detection to tell; empty: such an article stays undetermined. */
  std::string default_language;
};

/** What reading tells of the file, for the steps after it (article_pipeline.hh). */
struct SourceFile {
  std::filesystem::path path; /**< absolute, canonical */
  std::string id_path;        /**< the path without `.gz`: what ids and path dates are made of */
  std::string format;         /**< e.g. `jsonl`, `html+gzip` */
  bool one_article = false;   /**< a text or HTML file: the file is the article */
};

/** The articles of one file and the problems met while reading it. */
struct FileArticles {
  SourceFile source;
  std::vector<Article> articles; /**< empty when they went to a sink */
  unsigned count = 0;            /**< articles read */
  std::vector<Problem> problems; /**< per record, or for the whole file; with the file's path */
  unsigned unlisted_errors = 0;  /**< failed records past those listed in `problems` */
  std::string hash;              /**< of the (decompressed) bytes: InputStream::hash */
};

/** Where articles go as they are read, with the file they came from. */
using ArticleSink = std::function<void(Article&&, const SourceFile&)>;

/**
 * Reads a file (absolute, canonical path) into its articles as its reader
 * makes them (reader_table.hh), with their record number; what every
 * article gets after reading (provenance, id, date fallback, entities) is
 * analyse_article's (article_pipeline.hh).
 * Title, author, source, dateline and language are cut after
 * kMaxFieldChars characters; a body longer than kMaxBodyBytes is cut at
 * its last space or line end within that bound, with a warning.
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
                            const ReadOptions& options, const ArticleSink& sink = {});

/** What a reader, or a step after it, did not foresee fails its file only:
 *  `cannot read this file: WHAT`. */
InputError unforeseen_error(const std::exception& e);

} // namespace news
