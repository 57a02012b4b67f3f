// Reading one input file into articles: size limit, binary and encoding
// checks, then the parser for its format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "common/article.hh"

namespace news {

struct ReadOptions {
  std::uintmax_t max_file_size = 50u * 1024 * 1024; /**< larger files are skipped */
};

/** The articles of one file and the warnings met while reading it. */
struct FileArticles {
  std::vector<Article> articles;
  std::vector<std::string> warnings; /**< e.g. `not valid UTF-8: read as Windows-1252` */
};

/**
 * Reads a file (absolute, canonical path) into its articles. Each article's
 * id, path and format are set. Throws InputError with a message for the user
 * when the file cannot be indexed at all (unreadable, too large, empty,
 * binary, no text).
 */
FileArticles read_articles(const std::filesystem::path& file, const ReadOptions& options);

} // namespace news
